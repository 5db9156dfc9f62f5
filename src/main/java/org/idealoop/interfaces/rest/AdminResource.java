package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.mail.MailOutbox;
import org.idealoop.domain.member.Role;

@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminResource {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "idealoop.mail.show-to-admin")
    boolean showMail;

    @GET
    @Path("mails")
    @Operation(summary = "The newest mails, sent or queued (only where idealoop.mail.show-to-admin is on)")
    public List<MailDto> mails() {
        if (!showMail) {
            throw new ForbiddenException("admin.mail.hidden");
        }
        return outbox.newest(100).stream()
                .map(m -> new MailDto(m.id(), m.recipient(), m.subject(), m.body(), m.createdAt().toString(),
                        m.sentAt().map(Object::toString).orElse(null), m.attempts(), m.lastError().orElse(null)))
                .toList();
    }

    public record MailDto(long id, String recipient, String subject, String body, String createdAt, String sentAt,
                          int attempts, String lastError) {
    }
}
