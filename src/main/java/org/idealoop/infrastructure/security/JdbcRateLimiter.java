package org.idealoop.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.application.ClientAddresses;
import org.idealoop.domain.member.ThrottledException;
import org.idealoop.domain.moderation.RateLimiter;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Fixed windows, decided in memory and counted in MariaDB, so a hit costs no statement and every application
 * instance still learns the others' hits: {@link RateWindows} holds the running windows; {@link #flush} (once a
 * second, {@link RateCounterFlush}) adds their new hits to {@code rate_counter} and reads back each row's total.
 * One instance decides exactly; with several, each also counts the others' hits as of its last flush (one second
 * behind at most), so a burst spread over n instances can pass the limit by what they took in that second.
 * A hit past the limit is refused without being counted. Addresses exempt by
 * {@code idealoop.rate.exempt-addresses} are limited per member only. Hits not yet flushed are lost in a
 * crash: a limit against abuse may forget a second of hits; an action is never refused for a database outage.
 */
@ApplicationScoped
public class JdbcRateLimiter implements RateLimiter {

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
    private final RateWindows windows = new RateWindows();

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
        long windowEnd = windowStart.toEpochMilli() + windowMillis;
        if (memberBucket != null
                && !windows.tryHit(new RateWindows.Window(memberBucket, windowStart.toEpochMilli()), windowEnd, limit)) {
            throw throttled(name, account, address, wait, action);
        }
        if (addressBucket != null
                && !windows.tryHit(new RateWindows.Window(addressBucket, windowStart.toEpochMilli()), windowEnd, addressLimit)) {
            throw throttled(name, account, address, wait, action);
        }
    }

    /**
     * Adds the windows' new hits to MariaDB and learns each row's total; on failure the hits wait for the next
     * flush. Every ten minutes, windows older than a day are deleted from the table.
     */
    void flush() {
        Map<RateWindows.Window, Long> taken = windows.takePending();
        if (!taken.isEmpty()) {
            try {
                counters.add(taken).forEach((window, total) -> windows.flushed(window, taken.get(window), total));
            } catch (RuntimeException e) {
                taken.forEach(windows::notFlushed);
                LOG.log(org.idealoop.application.LockConflicts.isLockConflict(e) ? Level.FINE : Level.WARNING,
                        "Rate counts not written this time; they are kept for the next flush", e);
            }
        }
        long nowMillis = clock.millis();
        windows.forgetEnded(nowMillis);
        if (nowMillis - lastPrune > 600_000) {
            lastPrune = nowMillis;
            try {
                counters.deleteBefore(Instant.ofEpochMilli(nowMillis).minus(Duration.ofDays(1)));
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Old rate windows not pruned this time", e);
            }
        }
    }

    private static ThrottledException throttled(String name, String account, String address, Duration wait, Action action) {
        LOG.info(() -> "Rate limit of " + name + " reached (account " + account + ", address " + address + ")");
        return new ThrottledException(wait, "rate.limited." + name, action.isAccountAction());
    }
}
