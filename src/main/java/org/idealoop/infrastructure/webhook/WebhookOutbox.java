package org.idealoop.infrastructure.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The webhook_delivery table as an outbox: one row per active webhook an event concerns, written in the
 * caller's transaction, so a delivery exists iff the change does. {@link WebhookSender} drains it.
 */
@ApplicationScoped
@Transactional
public class WebhookOutbox {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    /**
     * Queues the event for every active install-wide webhook and, when the idea belongs to a team, for that
     * team's webhooks.
     */
    public void enqueue(long eventId, Long teamId, String payloadJson) {
        Timestamp now = Timestamp.from(Instant.now());
        String hooks = teamId == null ? " WHERE active AND team_id IS NULL"
                : " WHERE active AND (team_id IS NULL OR team_id = ?)";
        var insert = em.createNativeQuery("INSERT INTO webhook_delivery (webhook_id, event_id, payload, attempts,"
                        + " next_attempt_at, created_at) SELECT id, ?, ?, 0, ?, ? FROM webhook" + hooks)
                .setParameter(1, eventId)
                .setParameter(2, payloadJson)
                .setParameter(3, now)
                .setParameter(4, now);
        if (teamId != null) {
            insert.setParameter(5, teamId);
        }
        insert.executeUpdate();
    }
}
