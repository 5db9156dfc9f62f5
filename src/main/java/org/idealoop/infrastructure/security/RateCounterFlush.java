package org.idealoop.infrastructure.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Writes the rate windows' new hits to MariaDB once a second (see {@link JdbcRateLimiter}). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateCounterFlush {

    @Inject
    JdbcRateLimiter limiter;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void onSchedule() {
        limiter.flush();
    }
}
