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
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Role;

/** Members flag ideas and comments. */
@Path("flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {

    @Inject
    FlagService flags;

    @POST
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag an idea or a comment (spam, abuse, off_topic, duplicate with duplicateOf, other with "
            + "text), once per item; enough distinct flaggers hide it pending review")
    public Response flag(FlagDto body) {
        FlagDto b = body == null ? new FlagDto(null, null, null, null, null) : body;
        FlagService.FlagResult result = flags.flag(b.type(), b.id(), b.reason(), b.text(), b.duplicateOf());
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    public record FlagDto(String type, Long id, String reason, String text, Long duplicateOf) {
    }
}
