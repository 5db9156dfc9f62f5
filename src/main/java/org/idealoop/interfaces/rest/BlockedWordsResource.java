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
import org.idealoop.application.ModerationService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ModerationRepository;

/** Words refused in ideas and comments, for admins. */
@Path("admin/blocked-words")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlockedWordsResource {

    @Inject
    ModerationService moderation;

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Words refused in ideas and comments")
    public WordsDto blockedWords() {
        return new WordsDto(moderation.blockedWords());
    }

    @PUT
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the list of words refused in ideas and comments")
    public WordsDto replaceBlockedWords(WordsDto body) {
        return new WordsDto(moderation.replaceBlockedWords(body == null ? null : body.words()));
    }

    public record WordsDto(List<String> words) {
    }
}
