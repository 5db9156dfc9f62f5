package org.idealoop.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rate counters in MariaDB, the sum of every application instance's hits per window. Written behind
 * ({@link RateWindows}, {@link RateCounterFlush}): one short transaction a second adds each window's new hits
 * and reads the rows back, in the windows' order, so two instances flushing the same windows lock their rows
 * in the same order.
 */
@ApplicationScoped
public class RateCounters {

    /** The column's width. */
    static final int BUCKET_LENGTH = 190;

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    /** Adds the hits to their windows' rows; answers each row's total afterwards. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<RateWindows.Window, Long> add(Map<RateWindows.Window, Long> hits) {
        Map<RateWindows.Window, Long> totals = new LinkedHashMap<>();
        hits.forEach((window, added) -> {
            String key = key(window.bucket());
            Timestamp start = Timestamp.from(Instant.ofEpochMilli(window.start()));
            em.createNativeQuery("INSERT INTO rate_counter (bucket, window_start, hits) VALUES (?, ?, ?)"
                            + " ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits)")
                    .setParameter(1, key).setParameter(2, start).setParameter(3, added).executeUpdate();
            totals.put(window, ((Number) em.createNativeQuery(
                            "SELECT hits FROM rate_counter WHERE bucket = ? AND window_start = ?")
                    .setParameter(1, key).setParameter(2, start).getSingleResult()).longValue());
        });
        return totals;
    }

    /** Forgets windows that started before the given time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deleteBefore(Instant before) {
        em.createNativeQuery("DELETE FROM rate_counter WHERE window_start < ?")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }

    static String key(String bucket) {
        return bucket.length() > BUCKET_LENGTH ? bucket.substring(0, BUCKET_LENGTH) : bucket;
    }
}
