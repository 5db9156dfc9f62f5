package org.idealoop.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.member.SignInThrottle;

/**
 * Failed sign-ins in the database, so every application instance sees them: 10 failures of an account
 * (100 from one address) within 15 minutes block it for 15 minutes.
 */
@ApplicationScoped
public class JdbcSignInThrottle implements SignInThrottle {

    /** Per account; an address (shared by offices and proxies) gets more room. */
    static final int MAX_FAILURES = 10;
    static final int MAX_FAILURES_PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Duration> blockedFor(String key) {
        @SuppressWarnings("unchecked")
        List<Timestamp> rows = em.createNativeQuery(
                        "SELECT blocked_until FROM sign_in_throttle WHERE throttle_key = ? AND blocked_until > ?")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(Instant.now()))
                .getResultList();
        return rows.stream().findFirst()
                .map(until -> Duration.between(Instant.now(), until.toInstant()));
    }

    /** Recorded in its own transaction: a failed sign-in counts even though the sign-in is refused. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String key) {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp windowStart = Timestamp.from(Instant.now().minus(WINDOW));
        // One statement, so concurrent failures are all counted.
        em.createNativeQuery("INSERT INTO sign_in_throttle (throttle_key, failures, window_started_at)"
                        + " VALUES (?, 1, ?)"
                        + " ON DUPLICATE KEY UPDATE"
                        + " failures = IF(window_started_at < ?, 1, failures + 1),"
                        + " window_started_at = IF(window_started_at < ?, VALUES(window_started_at), window_started_at)")
                .setParameter(1, key)
                .setParameter(2, now)
                .setParameter(3, windowStart)
                .setParameter(4, windowStart)
                .executeUpdate();
        em.createNativeQuery("UPDATE sign_in_throttle SET blocked_until = ?, failures = 0, window_started_at = ?"
                        + " WHERE throttle_key = ? AND failures >= ?")
                .setParameter(1, Timestamp.from(Instant.now().plus(BLOCK)))
                .setParameter(2, now)
                .setParameter(3, key)
                .setParameter(4, key.startsWith("address:") ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reset(String key) {
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE throttle_key = ? AND (blocked_until IS NULL"
                        + " OR blocked_until <= ?)")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
    }
}
