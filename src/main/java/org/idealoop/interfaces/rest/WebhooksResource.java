package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.WebhookService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.webhook.Webhook;
import org.idealoop.domain.webhook.WebhookDelivery;

/** Outgoing webhooks: admins register endpoints for the whole install or one product team, and read the log. */
@Path("admin/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class WebhooksResource {

    static final int DELIVERIES_SHOWN = 50;

    @Inject
    WebhookService webhooks;

    @GET
    @Operation(summary = "The registered webhooks (never their secrets), with their newest delivery and how many "
            + "deliveries are failing")
    public List<WebhookDto> list() {
        return webhooks.all().stream().map(WebhookDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook for the whole install or, with a team slug, for one product team's "
            + "ideas; the signing secret (generated when not given) is shown only in this answer. The address must be "
            + "public (not loopback, link-local, private or multicast) unless the install allows its host")
    public Response register(NewWebhookDto body) {
        WebhookService.Registered created = body == null ? webhooks.register(null, null, null)
                : webhooks.register(body.url(), body.team(), body.secret());
        return Response.status(Response.Status.CREATED)
                .entity(CreatedWebhookDto.of(created.webhook(), created.secret())).build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Remove a webhook with its delivery log")
    public Response remove(@PathParam("id") long id) {
        webhooks.remove(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable a webhook (its deliveries wait, nothing is sent) or enable it again: {\"active\": false}")
    public WebhookDto setActive(@PathParam("id") long id, ActiveDto body) {
        if (body == null || body.active() == null) {
            throw new InvalidFieldException("active", "webhook.active.required");
        }
        return WebhookDto.of(webhooks.setActive(id, body.active()));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/test")
    @Operation(summary = "Queue a test delivery (event webhook.ping), signed, retried and logged like any other "
            + "(202 with its id; 409 while the webhook is disabled)")
    public Response sendTest(@PathParam("id") long id) {
        return Response.accepted(new QueuedDto(webhooks.sendTest(id))).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/deliveries")
    @Operation(summary = "A webhook's deliveries, newest first (50, or limit up to 100; before a delivery id for the "
            + "next page), with payload and every attempt (HTTP status or error)")
    public List<DeliveryDto> deliveries(@PathParam("id") long id, @QueryParam("before") Long before,
                                        @QueryParam("limit") Integer limit) {
        return webhooks.deliveries(id, before, limit == null ? DELIVERIES_SHOWN : limit).stream()
                .map(DeliveryDto::of).toList();
    }

    @POST
    @Path("deliveries/{id: [0-9]{1,18}}/replay")
    @Operation(summary = "Send a delivery's payload again, as a new delivery (202 with its id; 409 while the "
            + "webhook is disabled)")
    public Response replay(@PathParam("id") long id) {
        return Response.accepted(new QueuedDto(webhooks.replay(id))).build();
    }

    public record NewWebhookDto(String url, String team, String secret) {
    }

    public record ActiveDto(Boolean active) {
    }

    /** lastStatus and lastDelivered describe the newest delivery (null before the first). */
    public record WebhookDto(long id, String url, String team, boolean active, String createdAt,
                             String lastDeliveryAt, Boolean lastDelivered, Integer lastStatus, long failing) {
        static WebhookDto of(Webhook hook) {
            Webhook.LastDelivery last = hook.last();
            return new WebhookDto(hook.id(), hook.url(), hook.team(), hook.active(), hook.createdAt().toString(),
                    last == null ? null : text(last.at()), last == null ? null : last.delivered(),
                    last == null ? null : last.status(), hook.failing());
        }
    }

    public record CreatedWebhookDto(long id, String url, String team, boolean active, String createdAt,
                                    String secret) {
        static CreatedWebhookDto of(Webhook hook, String secret) {
            return new CreatedWebhookDto(hook.id(), hook.url(), hook.team(), hook.active(),
                    hook.createdAt().toString(), secret);
        }
    }

    /** One delivery; attempts in the order they were made. eventId is null for a test delivery. */
    public record DeliveryDto(long id, Long eventId, String event, String payload, boolean delivered, String createdAt,
                              String deliveredAt, String nextAttemptAt, Integer lastStatus, String lastError,
                              List<AttemptDto> attempts) {
        static DeliveryDto of(WebhookDelivery d) {
            return new DeliveryDto(d.id(), d.eventId(), d.event(), d.payload(), d.delivered(), text(d.createdAt()),
                    text(d.deliveredAt()), d.delivered() ? null : text(d.nextAttemptAt()), d.lastStatus(),
                    d.lastError(), d.attempts().stream()
                            .map(a -> new AttemptDto(a.status(), a.error(), text(a.at()))).toList());
        }
    }

    /** status is the receiver's HTTP status, null when there was no answer (then error says why). */
    public record AttemptDto(Integer status, String error, String at) {
    }

    /** A queued delivery (a replay or a test). */
    public record QueuedDto(long id) {
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
