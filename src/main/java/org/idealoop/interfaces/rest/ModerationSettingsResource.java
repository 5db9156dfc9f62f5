package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.ModerationSettingsService;
import org.idealoop.domain.member.Role;

/** Moderation settings admins change at run time (the configuration gives the defaults). */
@Path("admin/moderation-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class ModerationSettingsResource {

    @Inject
    ModerationSettingsService settings;

    @GET
    @Operation(summary = "Whether new members' first ideas and comments are held for a moderator's approval")
    public SettingsDto settings() {
        return new SettingsDto(settings.isHoldingFirstPosts());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn holding new members' first posts for approval on or off")
    public SettingsDto change(SettingsDto body) {
        return new SettingsDto(settings.holdFirstPosts(body == null ? null : body.holdFirstPosts()));
    }

    public record SettingsDto(Boolean holdFirstPosts) {
    }
}
