package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.CurrentMember;
import org.idealoop.application.Secrets;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Role;
import org.idealoop.infrastructure.webhook.JdbcWebhooks;
import org.idealoop.infrastructure.webhook.WebhookOutbox;
import org.idealoop.infrastructure.webhook.WebhookTargets;

/** Outgoing webhooks: admins register endpoints for the whole install or one product team, and read the log. */
@Path("admin/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class WebhooksResource {

    private static final Logger LOG = Logger.getLogger(WebhooksResource.class.getName());
    static final int URL_MAX = 500;
    static final int SECRET_MIN = 16;
    static final int SECRET_MAX = 100;
    static final int DELIVERIES_SHOWN = 50;

    @Inject
    org.idealoop.application.ModerationService audit;

    @Inject
    JdbcWebhooks webhooks;

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookTargets targets;

    @Inject
    CurrentMember currentMember;

    @GET
    @Operation(summary = "The registered webhooks (never their secrets)")
    public List<WebhookDto> list() {
        return webhooks.all().stream().map(WebhookDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook for the whole install or, with a team slug, for one product team's "
            + "ideas; the signing secret (generated when not given) is shown only in this answer. The address must be "
            + "public (not loopback, link-local, private or multicast) unless the install allows its host")
    public Response register(NewWebhookDto body) {
        String url = url(body == null ? null : body.url());
        targets.refusal(url).ifPresent(why -> {
            LOG.warning("Webhook to " + url + " refused for member " + currentMember.require().id() + ": " + why);
            throw new InvalidFieldException("url", "webhook.url.notPublic");
        });
        String team = body == null || body.team() == null || body.team().isBlank() ? null : body.team().strip();
        Long teamId = team == null ? null
                : webhooks.findTeamId(team).orElseThrow(() -> new InvalidFieldException("team", "webhook.team.unknown"));
        String secret = secret(body == null ? null : body.secret());
        JdbcWebhooks.Webhook created = webhooks.add(url, teamId, secret);
        audit.record("webhook_add", org.idealoop.domain.moderation.ContentType.WEBHOOK, created.id(), null,
                "url=" + url + " team=" + team);
        LOG.info("Webhook " + created.id() + " registered for " + (team == null ? "the install" : "team " + team)
                + " by member " + currentMember.require().id());
        return Response.status(Response.Status.CREATED).entity(CreatedWebhookDto.of(created, secret)).build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Remove a webhook with its delivery log")
    public Response remove(@PathParam("id") long id) {
        if (!webhooks.delete(id)) {
            throw new NotFoundException("webhook " + id);
        }
        audit.record("webhook_remove", org.idealoop.domain.moderation.ContentType.WEBHOOK, id, "webhook " + id, null);
        LOG.info("Webhook " + id + " removed by member " + currentMember.require().id());
        return Response.noContent().build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/deliveries")
    @Operation(summary = "A webhook's newest 50 deliveries, newest first, with payload and every attempt "
            + "(HTTP status or error)")
    public List<DeliveryDto> deliveries(@PathParam("id") long id) {
        if (webhooks.find(id).isEmpty()) {
            throw new NotFoundException("webhook " + id);
        }
        return webhooks.deliveries(id, DELIVERIES_SHOWN).stream().map(DeliveryDto::of).toList();
    }

    @POST
    @Path("deliveries/{id: [0-9]{1,18}}/replay")
    @Operation(summary = "Send a delivery's payload again, as a new delivery (202 with its id)")
    public Response replay(@PathParam("id") long id) {
        long replayed = outbox.replay(id);
        audit.record("webhook_replay", org.idealoop.domain.moderation.ContentType.WEBHOOK, id, null, "delivery " + replayed);
        LOG.info("Webhook delivery " + id + " replayed as " + replayed + " by member " + currentMember.require().id());
        return Response.accepted(new ReplayedDto(replayed)).build();
    }

    /** An absolute http or https address with a host, at most 500 characters. */
    static String url(String given) {
        if (given == null || given.isBlank() || given.strip().length() > URL_MAX) {
            throw new InvalidFieldException("url", "webhook.url.invalid");
        }
        String url = given.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidFieldException("url", "webhook.url.invalid");
            }
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("url", "webhook.url.invalid");
        }
        return url;
    }

    /** The given secret, 16 to 100 characters, or a new random one when none is given. */
    static String secret(String given) {
        if (given == null || given.isEmpty()) {
            return Secrets.newToken();
        }
        if (given.length() < SECRET_MIN || given.length() > SECRET_MAX || given.isBlank()) {
            throw new InvalidFieldException("secret", "webhook.secret.length");
        }
        return given;
    }

    public record NewWebhookDto(String url, String team, String secret) {
    }

    public record WebhookDto(long id, String url, String team, boolean active, String createdAt) {
        static WebhookDto of(JdbcWebhooks.Webhook hook) {
            return new WebhookDto(hook.id(), hook.url(), hook.team(), hook.active(), hook.createdAt().toString());
        }
    }

    public record CreatedWebhookDto(long id, String url, String team, boolean active, String createdAt,
                                    String secret) {
        static CreatedWebhookDto of(JdbcWebhooks.Webhook hook, String secret) {
            return new CreatedWebhookDto(hook.id(), hook.url(), hook.team(), hook.active(),
                    hook.createdAt().toString(), secret);
        }
    }

    /** One delivery; attempts in the order they were made. */
    public record DeliveryDto(long id, long eventId, String payload, boolean delivered, String createdAt,
                              String deliveredAt, String nextAttemptAt, Integer lastStatus, String lastError,
                              List<AttemptDto> attempts) {
        static DeliveryDto of(JdbcWebhooks.Delivery d) {
            return new DeliveryDto(d.id(), d.eventId(), d.payload(), d.delivered(), text(d.createdAt()),
                    text(d.deliveredAt()), d.delivered() ? null : text(d.nextAttemptAt()), d.lastStatus(),
                    d.lastError(), d.attempts().stream()
                            .map(a -> new AttemptDto(a.status(), a.error(), text(a.at()))).toList());
        }
    }

    /** status is the receiver's HTTP status, null when there was no answer (then error says why). */
    public record AttemptDto(Integer status, String error, String at) {
    }

    public record ReplayedDto(long id) {
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
