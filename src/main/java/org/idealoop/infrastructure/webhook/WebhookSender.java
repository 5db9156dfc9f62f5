package org.idealoop.infrastructure.webhook;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.idealoop.infrastructure.config.Retries;
import org.idealoop.infrastructure.webhook.WebhookExchange.Outcome;

/**
 * Posts queued webhook deliveries. Due rows are claimed with FOR UPDATE SKIP LOCKED and sent at once (in
 * parallel, so one slow receiver does not hold up the others, through {@link WebhookExchange}); each try is logged
 * in webhook_attempt. A 2xx answer marks the delivery delivered; anything else is retried with backoff. A
 * receiver's outage delays its deliveries; it never loses them, even across a restart.
 */
@Singleton
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    static final int BATCH = 20;

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Inject
    WebhookExchange exchange;

    /** Webhooks whose receiver failed last time: each outage is logged once, and its end once. */
    private final Set<Long> failing = new HashSet<>();
    private boolean outageLogged;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void sendOnSchedule() {
        try {
            send();
            if (outageLogged) {
                LOG.info("Webhook deliveries are being sent again");
                outageLogged = false;
            }
        } catch (RuntimeException e) {
            if (!outageLogged) {
                LOG.log(Level.WARNING, "Sending webhook deliveries failed; they stay queued and are retried", e);
                outageLogged = true;
            }
        }
    }

    /** Sends the due deliveries; returns how many were delivered. */
    public int send() {
        List<Due> due = claim();
        if (due.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Outcome>> sending = new ArrayList<>();
        for (Due delivery : due) {
            sending.add(exchange.post(delivery));
        }
        int delivered = 0;
        for (int i = 0; i < due.size(); i++) {
            Due delivery = due.get(i);
            Outcome outcome = WebhookExchange.outcome(sending.get(i));
            record(delivery, outcome);
            if (outcome.delivered()) {
                delivered++;
                if (failing.remove(delivery.webhookId())) {
                    LOG.info("Webhook " + delivery.webhookId() + " reachable again; sending its queued deliveries");
                }
            } else if (failing.add(delivery.webhookId())) {
                LOG.warning("Webhook delivery " + delivery.id() + " to webhook " + delivery.webhookId()
                        + " failed (" + outcome.describe() + "); it stays queued and is retried");
            }
        }
        return delivered;
    }

    /** 1 s, 2 s, 4 s ... up to 30 minutes between attempts. */
    static Duration backoff(int attempts) {
        return Retries.backoff(attempts, Duration.ofSeconds(1), Duration.ofMinutes(30));
    }

    private List<Due> claim() {
        // Only the delivery rows are locked: locking the webhook rows too would block new deliveries'
        // foreign-key checks, and so status changes, while a receiver is slow.
        // A disabled webhook's deliveries wait (read plainly first, for the same reason).
        @SuppressWarnings("unchecked")
        List<Object> disabled = em.createNativeQuery("SELECT id FROM webhook WHERE NOT active").getResultList();
        var select = em.createNativeQuery("SELECT id, webhook_id, event_id, payload, attempts"
                        + " FROM webhook_delivery WHERE delivered_at IS NULL AND next_attempt_at <= ?"
                        + (disabled.isEmpty() ? "" : " AND webhook_id NOT IN (" + placeholders(disabled.size()) + ")")
                        + " ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(Instant.now()));
        for (int i = 0; i < disabled.size(); i++) {
            select.setParameter(i + 2, ((Number) disabled.get(i)).longValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> hooks = webhooks(rows.stream().map(row -> ((Number) row[1]).longValue())
                .collect(Collectors.toSet()));
        // A test ping has no idea event.
        Map<Long, String> kinds = eventKinds(rows.stream().filter(row -> row[2] != null)
                .map(row -> ((Number) row[2]).longValue()).collect(Collectors.toSet()));
        List<Due> due = new ArrayList<>();
        for (Object[] row : rows) {
            long webhookId = ((Number) row[1]).longValue();
            String[] hook = hooks.get(webhookId);
            if (hook == null) {
                continue; // deleted meanwhile; its deliveries go with it
            }
            String payload = (String) row[3];
            due.add(new Due(((Number) row[0]).longValue(), webhookId, hook[0], hook[1], payload,
                    eventName(payload, row[2] == null ? null : kinds.get(((Number) row[2]).longValue())),
                    ((Number) row[4]).intValue()));
        }
        return due;
    }

    /** url and secret by webhook id (a plain read: no locks on the webhook rows). */
    private Map<Long, String[]> webhooks(Set<Long> ids) {
        Map<Long, String[]> hooks = new HashMap<>();
        for (Object[] row : inList("SELECT id, url, secret FROM webhook WHERE id IN (", ids)) {
            hooks.put(((Number) row[0]).longValue(), new String[] {(String) row[1], (String) row[2]});
        }
        return hooks;
    }

    private Map<Long, String> eventKinds(Set<Long> ids) {
        Map<Long, String> kinds = new HashMap<>();
        if (ids.isEmpty()) {
            return kinds;
        }
        for (Object[] row : inList("SELECT id, kind FROM idea_event WHERE id IN (", ids)) {
            kinds.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return kinds;
    }

    private List<Object[]> inList(String select, Set<Long> ids) {
        var query = em.createNativeQuery(select + placeholders(ids.size()) + ")");
        int position = 1;
        for (Long id : ids) {
            query.setParameter(position++, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The payload's own event name (idea.status_changed); else idea.{kind} of the event. */
    static String eventName(String payload, String kind) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonValue value = reader.read();
            if (value instanceof JsonObject object && object.get("event") instanceof JsonString event) {
                return event.getString();
            }
        } catch (RuntimeException e) {
            // not JSON: fall back to the event's kind
        }
        return "idea." + (kind == null ? "event" : kind);
    }

    private void record(Due delivery, Outcome outcome) {
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO webhook_attempt (delivery_id, status, error, at) VALUES (?, ?, ?, ?)")
                .setParameter(1, delivery.id())
                .setParameter(2, outcome.status())
                .setParameter(3, outcome.error())
                .setParameter(4, now)
                .executeUpdate();
        if (outcome.delivered()) {
            em.createNativeQuery("UPDATE webhook_delivery SET delivered_at = ?, last_status = ?, last_error = NULL"
                            + " WHERE id = ?")
                    .setParameter(1, now)
                    .setParameter(2, outcome.status())
                    .setParameter(3, delivery.id())
                    .executeUpdate();
        } else {
            int attempts = delivery.attempts() + 1;
            em.createNativeQuery("UPDATE webhook_delivery SET attempts = ?, next_attempt_at = ?, last_status = ?,"
                            + " last_error = ? WHERE id = ?")
                    .setParameter(1, attempts)
                    .setParameter(2, Timestamp.from(now.toInstant().plus(backoff(attempts))))
                    .setParameter(3, outcome.status())
                    .setParameter(4, outcome.describe())
                    .setParameter(5, delivery.id())
                    .executeUpdate();
        }
    }

    record Due(long id, long webhookId, String url, String secret, String payload, String event,
                       int attempts) {
    }
}
