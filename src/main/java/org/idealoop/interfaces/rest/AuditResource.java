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

/** The audit log of moderator and admin actions, for admins. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    ModerationService moderation;

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "The audit log of moderator and admin actions, newest first: filter by actor, action, "
            + "type and id, search reasons and before/after with q, page with before (an entry id)")
    public List<ModerationRepository.AuditEntry> audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                                       @QueryParam("type") String type, @QueryParam("id") String id,
                                                       @QueryParam("q") String q, @QueryParam("before") String before,
                                                       @QueryParam("limit") @DefaultValue("50") String limit) {
        return moderation.audit(number(actor, "actor"), action, type, number(id, "id"), q, number(before, "before"),
                Limits.parse(limit));
    }

    private static Long number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "api.number.invalid");
        }
    }

}
