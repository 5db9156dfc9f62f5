package org.idealoop.infrastructure.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idealoop.domain.webhook.Webhook;
import org.idealoop.domain.webhook.WebhookDelivery;
import org.idealoop.domain.webhook.WebhookRepository;

/** The webhook table and its delivery log (webhook_delivery, webhook_attempt), for the admins who manage them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JdbcWebhooks implements WebhookRepository {

    /** The webhook, its newest delivery (if any) and how many deliveries are failing. */
    static final String SELECT = "SELECT w.id, w.url, t.slug, w.active, w.created_at,"
            + " d.created_at, d.delivered_at, d.attempts, d.last_status, d.last_error,"
            + " (SELECT COUNT(*) FROM webhook_delivery f WHERE f.webhook_id = w.id AND f.delivered_at IS NULL"
            + " AND f.attempts > 0)"
            + " FROM webhook w LEFT JOIN product_team t ON t.id = w.team_id"
            + " LEFT JOIN webhook_delivery d ON d.id = (SELECT MAX(n.id) FROM webhook_delivery n WHERE n.webhook_id = w.id)";
    static final String DELIVERY = "SELECT d.id, d.webhook_id, d.event_id, e.kind, d.payload, d.created_at,"
            + " d.delivered_at, d.next_attempt_at, d.last_status, d.last_error"
            + " FROM webhook_delivery d LEFT JOIN idea_event e ON e.id = d.event_id";

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Webhook> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " ORDER BY w.id").getResultList();
        return rows.stream().map(JdbcWebhooks::webhook).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Webhook> find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE w.id = ?").setParameter(1, id).getResultList();
        return rows.stream().map(JdbcWebhooks::webhook).findFirst();
    }

    @Override
    public Webhook add(String url, Long teamId, String secret, Instant now) {
        em.createNativeQuery("INSERT INTO webhook (team_id, url, secret, active, created_at) VALUES (?, ?, ?, TRUE, ?)")
                .setParameter(1, teamId)
                .setParameter(2, url)
                .setParameter(3, secret)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        return find(lastInsertId()).orElseThrow();
    }

    @Override
    public boolean delete(long id) {
        return em.createNativeQuery("DELETE FROM webhook WHERE id = ?").setParameter(1, id).executeUpdate() > 0;
    }

    @Override
    public boolean setActive(long id, boolean active) {
        return em.createNativeQuery("UPDATE webhook SET active = ? WHERE id = ?")
                .setParameter(1, active).setParameter(2, id).executeUpdate() > 0;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> deliveries(long webhookId, Optional<Long> before, int limit) {
        var query = em.createNativeQuery(DELIVERY + " WHERE d.webhook_id = ?"
                        + (before.isPresent() ? " AND d.id < ?" : "") + " ORDER BY d.id DESC LIMIT " + Math.max(1, limit))
                .setParameter(1, webhookId);
        before.ifPresent(id -> query.setParameter(2, id));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return withAttempts(rows);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WebhookDelivery> findDelivery(long deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DELIVERY + " WHERE d.id = ?").setParameter(1, deliveryId)
                .getResultList();
        return withAttempts(rows).stream().findFirst();
    }

    @Override
    public long queue(long webhookId, Long eventId, String payload, Instant now) {
        Timestamp at = Timestamp.from(now);
        em.createNativeQuery("INSERT INTO webhook_delivery (webhook_id, event_id, payload, attempts,"
                        + " next_attempt_at, created_at) VALUES (?, ?, ?, 0, ?, ?)")
                .setParameter(1, webhookId)
                .setParameter(2, eventId)
                .setParameter(3, payload)
                .setParameter(4, at)
                .setParameter(5, at)
                .executeUpdate();
        return lastInsertId();
    }

    private long lastInsertId() {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    /** The deliveries of these rows, each with its attempts in order (one more query for all of them). */
    private List<WebhookDelivery> withAttempts(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<WebhookDelivery.Attempt>> attempts = new LinkedHashMap<>();
        rows.forEach(row -> attempts.put(((Number) row[0]).longValue(), new ArrayList<>()));
        var query = em.createNativeQuery("SELECT delivery_id, status, error, at FROM webhook_attempt"
                + " WHERE delivery_id IN (" + String.join(", ", Collections.nCopies(attempts.size(), "?"))
                + ") ORDER BY id");
        int position = 1;
        for (Long id : attempts.keySet()) {
            query.setParameter(position++, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> attemptRows = query.getResultList();
        for (Object[] row : attemptRows) {
            attempts.get(((Number) row[0]).longValue()).add(new WebhookDelivery.Attempt(integer(row[1]),
                    (String) row[2], instant(row[3])));
        }
        List<WebhookDelivery> deliveries = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String payload = (String) row[4];
            deliveries.add(new WebhookDelivery(id, ((Number) row[1]).longValue(), longOrNull(row[2]),
                    WebhookSender.eventName(payload, (String) row[3]), payload, instant(row[5]), instant(row[6]),
                    instant(row[7]), integer(row[8]), (String) row[9], List.copyOf(attempts.get(id))));
        }
        return deliveries;
    }

    private static Webhook webhook(Object[] row) {
        Webhook.LastDelivery last = row[5] == null ? null
                : new Webhook.LastDelivery(instant(row[5]), row[6] != null, ((Number) row[7]).intValue(),
                        integer(row[8]), (String) row[9]);
        return new Webhook(((Number) row[0]).longValue(), (String) row[1], (String) row[2], bool(row[3]),
                instant(row[4]), last, ((Number) row[10]).longValue());
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** MariaDB's BOOLEAN is TINYINT(1): the driver may answer Boolean or a number. */
    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && ((Number) value).intValue() != 0;
    }
}
