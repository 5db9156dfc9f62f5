package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.FlagService;
import org.idealoop.application.ModerationActionService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ModerationRepository;

/** The moderation queue and actions, for moderators and admins. */
@Path("moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    @Inject
    FlagService flags;

    @Inject
    ModerationActionService moderation;

    @GET
    @Path("queue")
    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    @Operation(summary = "Flagged and held items, most distinct flaggers first, then oldest, with content and the "
            + "author's history")
    public List<QueueDto> queue(@QueryParam("limit") @DefaultValue("50") String limit) {
        return flags.queue(Limits.parse(limit)).stream().map(QueueDto::of).toList();
    }

    @POST
    @Path("actions")
    @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A moderator action: hide, restore, lock, unlock, pin, unpin, edit, move, merge, approve, "
            + "dismiss on ideas and comments; warn, suspend (until), ban (removeVotes), lift on members. Reasons "
            + "are needed for hide, edit, warn, suspend and ban; send the item's version to detect a concurrent change")
    public ModerationActionService.ActionResult act(ModerationActionService.ActionRequest body) {
        return moderation.act(body);
    }

    public record QueueDto(String type, long id, long ideaNumber, int flaggers, String firstFlaggedAt, List<String> reasons,
                           boolean hidden, boolean held, long version, String title, String excerpt,
                           ModerationRepository.AuthorHistory author) {

        static QueueDto of(FlagService.QueueEntry e) {
            String body = e.content().body() == null ? "" : e.content().body();
            return new QueueDto(e.item().type().id(), e.item().id(), e.content().ideaNumber(), e.item().flaggers(),
                    e.item().firstFlaggedAt().toString(), e.item().reasons(), e.content().hidden(), e.content().held(),
                    e.content().version(), e.content().title(), body.length() > 300 ? body.substring(0, 300) + "…" : body,
                    e.author());
        }
    }
}
