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
import org.idealoop.application.AuditService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.AuditLogRepository;

/** The audit log of moderator and admin actions, for admins. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "The audit log of moderator and admin actions, newest first: filter by actor, action, "
            + "type and id, search reasons and before/after with q, page with before (an entry id)")
    public List<AuditLogRepository.AuditEntry> audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                                       @QueryParam("type") String type, @QueryParam("id") String id,
                                                       @QueryParam("q") String q, @QueryParam("from") String from,
                                                       @QueryParam("to") String to, @QueryParam("before") String before,
                                                       @QueryParam("limit") @DefaultValue("50") String limit) {
        return audit.audit(audit.auditQuery(number(actor, "actor"), action, type, number(id, "id"), q, from, to),
                number(before, "before"), Limits.parse(limit));
    }

    @GET
    @Path("export.csv")
    @RolesAllowed(Role.Names.ADMIN)
    @Produces("text/csv")
    @Operation(summary = "The filtered audit log as CSV (same filters as the log, from and to as ISO dates), newest "
            + "first, streamed row by row; text a spreadsheet would run as a formula is neutralised")
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("type") String type, @QueryParam("id") String id, @QueryParam("q") String q,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditLogRepository.AuditQuery query = audit.auditQuery(number(actor, "actor"), action, type,
                number(id, "id"), q, from, to);
        return CsvDownload.of("audit.csv", out -> audit.writeAudit(query, out));
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
