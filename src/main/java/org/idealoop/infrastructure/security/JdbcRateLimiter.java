package org.idealoop.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.application.ClientAddresses;
import org.idealoop.domain.member.ThrottledException;
import org.idealoop.domain.moderation.RateLimiter;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Fixed windows counted in MariaDB, so every application instance sees the same counts: one upsert
 * and one read per action and key. The counts commit on their own (an action refused later still
 * counted), and old windows are pruned now and then. A member or address refused in the current window
 * is refused again from memory, without a statement ({@link OverLimits}). Addresses exempt by
 * {@code idealoop.rate.exempt-addresses} are limited per member only.
 */
@ApplicationScoped
public class JdbcRateLimiter implements RateLimiter {

    private static final int ATTEMPTS = 4;

    @Inject
    RateCounters counters;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_WINDOW_SECONDS, defaultValue = "60")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_IDEAS, defaultValue = "5")
    int ideas;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_COMMENTS, defaultValue = "20")
    int comments;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_VOTES, defaultValue = "120")
    int votes;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_FLAGS, defaultValue = "10")
    int flags;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_ADDRESS_FACTOR, defaultValue = "5")
    int addressFactor;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_SIGN_UPS, defaultValue = "10")
    int signUps;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_PASSWORD_RESETS, defaultValue = "3")
    int passwordResets;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_EMAIL_CHANGES, defaultValue = "3")
    int emailChanges;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_TOKENS, defaultValue = "10")
    int tokens;

    @Inject
    ClientAddresses addresses;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(JdbcRateLimiter.class.getName());

    /** Account actions (sign-up, password reset, e-mail change, tokens) are counted per hour. */
    static final long ACCOUNT_WINDOW_SECONDS = 3600;

    private final Clock clock = Clock.systemUTC();
    private volatile long lastPrune;
    /** Buckets refused in their current window: the pre-check in memory before the counter. */
    private final OverLimits over = new OverLimits(100_000);

    @Override
    public void hit(Action action, long memberId, String address) {
        hit(action, String.valueOf(memberId), address);
    }

    @Override
    public void hit(Action action, String account, String address) {
        int limit = switch (action) {
            case IDEA -> ideas;
            case COMMENT -> comments;
            case VOTE -> votes;
            case FLAG -> flags;
            case SIGN_UP -> signUps;
            case PASSWORD_RESET -> passwordResets;
            case EMAIL_CHANGE -> emailChanges;
            case TOKEN -> tokens;
        };
        // Sign-ups have no account yet: the address alone is limited, at the limit itself.
        long addressLimit = action == Action.SIGN_UP ? limit : (long) limit * addressFactor;
        Instant now = clock.instant();
        long windowMillis = (action.isAccountAction() ? ACCOUNT_WINDOW_SECONDS : Math.max(1, windowSeconds)) * 1000;
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        Duration retryAfter = Duration.between(now, windowStart.plusMillis(windowMillis));
        String name = action.name().toLowerCase(Locale.ROOT);
        boolean limitAddress = address != null && !addresses.isExempt(address);
        String memberBucket = account == null ? null : name + ":m:" + account;
        String addressBucket = limitAddress ? name + ":a:" + address : null;
        Duration wait = retryAfter.isNegative() || retryAfter.isZero() ? Duration.ofSeconds(1) : retryAfter;
        long nowMillis = now.toEpochMilli();
        if (memberBucket != null && over.isOver(memberBucket, nowMillis)
                || addressBucket != null && over.isOver(addressBucket, nowMillis)) {
            // Refused in this window already: refused again without touching the database.
            throw new ThrottledException(wait, "rate.limited." + name, action.isAccountAction());
        }
        long windowEnd = windowStart.toEpochMilli() + windowMillis;
        if (memberBucket != null && count(memberBucket, windowStart) > limit) {
            over.remember(memberBucket, windowEnd, nowMillis);
            throw throttled(name, account, address, wait, action);
        }
        if (addressBucket != null && count(addressBucket, windowStart) > addressLimit) {
            over.remember(addressBucket, windowEnd, nowMillis);
            throw throttled(name, account, address, wait, action);
        }
        if (now.toEpochMilli() - lastPrune > 600_000) {
            lastPrune = now.toEpochMilli();
            try {
                counters.deleteBefore(now.minus(Duration.ofDays(1)));
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.INFO, "Old rate windows not pruned this time", e);
            }
        }
    }

    private static ThrottledException throttled(String name, String account, String address, Duration wait, Action action) {
        LOG.info(() -> "Rate limit of " + name + " reached (account " + account + ", address " + address + ")");
        return new ThrottledException(wait, "rate.limited." + name, action.isAccountAction());
    }

    /**
     * One hit on the counter, retried when it lost a deadlock to a concurrent hit on the same row. Should it keep
     * losing, the hit is let through uncounted rather than failing the member's action with a server error: a limit
     * against abuse may miss one hit; an action the member was entitled to may not fail.
     */
    private long count(String bucket, Instant windowStart) {
        for (int attempt = 1; ; attempt++) {
            try {
                return counters.count(bucket, windowStart);
            } catch (RuntimeException e) {
                if (!RateCounters.isLockConflict(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    LOG.log(java.util.logging.Level.WARNING, "Rate counter " + bucket + " still deadlocked after "
                            + attempt + " attempts; the hit is let through", e);
                    return 0;
                }
                try {
                    Thread.sleep(attempt * 5L);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
        }
    }
}
