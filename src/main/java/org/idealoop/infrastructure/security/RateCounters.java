package org.idealoop.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The rate counters in MariaDB, each hit in a short transaction of its own: a count commits even when the action
 * it counted is refused later, and a hot row (every vote from one address) is locked only for the upsert.
 * <p>
 * Concurrent upserts of one counter row can deadlock in InnoDB (seen under load: 14 of 204 votes in two seconds);
 * {@link #isLockConflict} tells such a loser, which {@link JdbcRateLimiter} retries.
 */
@ApplicationScoped
public class RateCounters {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    /** Adds one hit to the bucket's window and returns the window's hits. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long count(String bucket, Instant windowStart) {
        String key = bucket.length() > 190 ? bucket.substring(0, 190) : bucket;
        Timestamp start = Timestamp.from(windowStart);
        em.createNativeQuery("INSERT INTO rate_counter (bucket, window_start, hits) VALUES (?, ?, 1)"
                        + " ON DUPLICATE KEY UPDATE hits = hits + 1")
                .setParameter(1, key).setParameter(2, start).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT hits FROM rate_counter WHERE bucket = ? AND window_start = ?")
                .setParameter(1, key).setParameter(2, start).getSingleResult()).longValue();
    }

    /** Forgets windows that started before the given time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deleteBefore(Instant before) {
        em.createNativeQuery("DELETE FROM rate_counter WHERE window_start < ?")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }

    /** A deadlock (1213) or lock wait timeout (1205), at the statement or at commit, anywhere in the causes. */
    static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205 || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Deadlock found") || message.contains("Lock wait timeout"))) {
                return true;
            }
        }
        return false;
    }
}
