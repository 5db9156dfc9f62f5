package org.idealoop.infrastructure.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.idealoop.domain.NotFoundException;

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

    /** Sends a delivery's payload again, as a new delivery due now; returns its id. */
    public long replay(long deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT webhook_id, event_id, payload FROM webhook_delivery"
                        + " WHERE id = ?")
                .setParameter(1, deliveryId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("webhook delivery " + deliveryId);
        }
        Object[] row = rows.get(0);
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO webhook_delivery (webhook_id, event_id, payload, attempts,"
                        + " next_attempt_at, created_at) VALUES (?, ?, ?, 0, ?, ?)")
                .setParameter(1, ((Number) row[0]).longValue())
                .setParameter(2, ((Number) row[1]).longValue())
                .setParameter(3, (String) row[2])
                .setParameter(4, now)
                .setParameter(5, now)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }
}
