package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamRepository;
import org.idealoop.domain.webhook.Webhook;
import org.idealoop.domain.webhook.WebhookDelivery;
import org.idealoop.domain.webhook.WebhookRepository;
import org.idealoop.domain.webhook.WebhookTargetRule;

/**
 * Outgoing webhooks, for admins: register an endpoint for the install or one product team, list them with
 * how their deliveries fare, disable or remove one, read its delivery log, replay a delivery and send a test.
 * Every change is one transaction with its audit entry; what is sent goes through the durable outbox
 * (webhook_delivery), so a test or a replay is retried and logged like any other delivery.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class.getName());
    static final int URL_MAX = 500;
    static final int SECRET_MIN = 16;
    static final int SECRET_MAX = 100;
    public static final String PING = "webhook.ping";

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookTargetRule targets;

    @Inject
    TeamRepository teams;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService audit;

    private final Clock clock = Clock.systemUTC();

    /** A new webhook with its signing secret, which is shown only once. */
    public record Registered(Webhook webhook, String secret) {
    }

    /** The registered webhooks, oldest first, with their newest delivery and failing count (never their secrets). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Webhook> all() {
        currentMember.requireRole(Role.ADMIN);
        return webhooks.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Webhook get(long id) {
        currentMember.requireRole(Role.ADMIN);
        return webhooks.find(id).orElseThrow(() -> new NotFoundException("webhook " + id));
    }

    /**
     * Registers a webhook for the whole install or, with a team slug, for one product team's ideas. The URL must
     * be http(s) and public (see {@link WebhookTargetRule}); the secret is generated when none is given.
     */
    public Registered register(String url, String team, String secret) {
        currentMember.requireRole(Role.ADMIN);
        String valid = url(url);
        targets.refusal(valid).ifPresent(why -> {
            LOG.warning("Webhook to " + valid + " refused for member " + currentMember.require().id() + ": " + why);
            throw new InvalidFieldException("url", "webhook.url.notPublic");
        });
        String slug = team == null || team.isBlank() ? null : team.strip();
        Long teamId = slug == null ? null : teams.findBySlug(slug).map(ProductTeam::id)
                .orElseThrow(() -> new InvalidFieldException("team", "webhook.team.unknown"));
        String validSecret = secret(secret);
        Webhook created = webhooks.add(valid, teamId, validSecret, clock.instant());
        audit.record("webhook_add", ContentType.WEBHOOK, created.id(), null, "url=" + valid + " team=" + slug);
        LOG.info("Webhook " + created.id() + " registered for " + (slug == null ? "the install" : "team " + slug)
                + " by member " + currentMember.require().id());
        return new Registered(created, validSecret);
    }

    /** Removes a webhook with its delivery log. */
    public void remove(long id) {
        Webhook hook = get(id);
        webhooks.delete(id);
        audit.record("webhook_remove", ContentType.WEBHOOK, id, describe(hook), null);
        LOG.info("Webhook " + id + " removed by member " + currentMember.require().id());
    }

    /** Turns a webhook's sending off (its deliveries wait) or on again. */
    public Webhook setActive(long id, boolean active) {
        Webhook hook = get(id);
        if (hook.active() != active) {
            webhooks.setActive(id, active);
            audit.record(active ? "webhook_enable" : "webhook_disable", ContentType.WEBHOOK, id,
                    "active=" + hook.active(), "active=" + active);
            LOG.info("Webhook " + id + (active ? " enabled" : " disabled") + " by member " + currentMember.require().id());
        }
        return get(id);
    }

    /** A page of a webhook's deliveries, newest first, each with every attempt; older than {@code before}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> deliveries(long webhookId, Long before, int limit) {
        get(webhookId);
        return webhooks.deliveries(webhookId, Optional.ofNullable(before), Math.max(1, Math.min(limit, 100)));
    }

    /** Queues a delivery's payload again, as a new delivery due now; returns its id. */
    public long replay(long deliveryId) {
        currentMember.requireRole(Role.ADMIN);
        WebhookDelivery delivery = webhooks.findDelivery(deliveryId)
                .orElseThrow(() -> new NotFoundException("webhook delivery " + deliveryId));
        requireActive(get(delivery.webhookId()));
        long replayed = webhooks.queue(delivery.webhookId(), delivery.eventId(), delivery.payload(), clock.instant());
        audit.record("webhook_replay", ContentType.WEBHOOK, delivery.webhookId(), "delivery " + deliveryId,
                "delivery " + replayed);
        LOG.info("Webhook delivery " + deliveryId + " replayed as " + replayed + " by member " + currentMember.require().id());
        return replayed;
    }

    /**
     * Queues a test delivery ({@value #PING}) for the webhook: signed, retried and logged like any other
     * delivery. Returns its id.
     */
    public long sendTest(long webhookId) {
        Webhook hook = requireActive(get(webhookId));
        Instant now = clock.instant();
        String payload = Json.createObjectBuilder()
                .add("event", PING)
                .add("webhook", hook.id())
                .add("message", "A test delivery from Idealoop")
                .add("createdAt", now.toString())
                .build().toString();
        long delivery = webhooks.queue(hook.id(), null, payload, now);
        audit.record("webhook_test", ContentType.WEBHOOK, hook.id(), null, "delivery " + delivery);
        LOG.info("Test delivery " + delivery + " queued for webhook " + hook.id() + " by member "
                + currentMember.require().id());
        return delivery;
    }

    private static Webhook requireActive(Webhook hook) {
        if (!hook.active()) {
            throw new ConflictException("webhook", "webhook.disabled");
        }
        return hook;
    }

    private static String describe(Webhook hook) {
        return "url=" + hook.url() + " team=" + hook.team() + " active=" + hook.active();
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
}
