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

/** The webhook table and its delivery log, for the admins who manage them. */
@ApplicationScoped
@Transactional
public class JdbcWebhooks {

    static final String COLUMNS = "w.id, w.url, t.slug, w.active, w.created_at";
    static final String FROM = " FROM webhook w LEFT JOIN product_team t ON t.id = w.team_id";

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    /** A registered endpoint; team is the product team's slug, null for an install-wide webhook. */
    public record Webhook(long id, String url, String team, boolean active, Instant createdAt) {
    }

    public record Attempt(Integer status, String error, Instant at) {
    }

    public record Delivery(long id, long eventId, String payload, Instant createdAt, Instant deliveredAt,
                           Instant nextAttemptAt, Integer lastStatus, String lastError, List<Attempt> attempts) {

        public boolean delivered() {
            return deliveredAt != null;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Webhook> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + FROM + " ORDER BY w.id").getResultList();
        return rows.stream().map(JdbcWebhooks::webhook).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Webhook> find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + FROM + " WHERE w.id = ?")
                .setParameter(1, id).getResultList();
        return rows.stream().map(JdbcWebhooks::webhook).findFirst();
    }

    /** The id of the product team with this slug. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> findTeamId(String slug) {
        List<?> ids = em.createNativeQuery("SELECT id FROM product_team WHERE slug = ?")
                .setParameter(1, slug).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).findFirst();
    }

    public Webhook add(String url, Long teamId, String secret) {
        em.createNativeQuery("INSERT INTO webhook (team_id, url, secret, active, created_at) VALUES (?, ?, ?, TRUE, ?)")
                .setParameter(1, teamId)
                .setParameter(2, url)
                .setParameter(3, secret)
                .setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return find(id).orElseThrow();
    }

    /** Removes the webhook with its deliveries; false when there was none. */
    public boolean delete(long id) {
        return em.createNativeQuery("DELETE FROM webhook WHERE id = ?").setParameter(1, id).executeUpdate() > 0;
    }

    /** The webhook's newest deliveries, newest first, each with its attempts in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivery> deliveries(long webhookId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, event_id, payload, created_at, delivered_at,"
                        + " next_attempt_at, last_status, last_error FROM webhook_delivery WHERE webhook_id = ?"
                        + " ORDER BY id DESC LIMIT " + Math.max(1, limit))
                .setParameter(1, webhookId)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Attempt>> attempts = new LinkedHashMap<>();
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
            attempts.get(((Number) row[0]).longValue()).add(new Attempt(integer(row[1]), (String) row[2],
                    instant(row[3])));
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            deliveries.add(new Delivery(id, ((Number) row[1]).longValue(), (String) row[2], instant(row[3]),
                    instant(row[4]), instant(row[5]), integer(row[6]), (String) row[7], List.copyOf(attempts.get(id))));
        }
        return deliveries;
    }

    private static Webhook webhook(Object[] row) {
        return new Webhook(((Number) row[0]).longValue(), (String) row[1], (String) row[2], bool(row[3]),
                instant(row[4]));
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** MariaDB's BOOLEAN is TINYINT(1): the driver may answer Boolean or a number. */
    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && ((Number) value).intValue() != 0;
    }
}
