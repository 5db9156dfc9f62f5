package org.idealoop.domain.member;

import java.time.Duration;
import org.idealoop.domain.DomainException;

/** Too many attempts or actions from this account or address; try again after the given time. */
public class ThrottledException extends DomainException {

    private final Duration retryAfter;
    private final boolean inMinutes;

    public ThrottledException(Duration retryAfter) {
        this(retryAfter, "auth.throttled", true);
    }

    public ThrottledException(Duration retryAfter, String messageKey) {
        this(retryAfter, messageKey, false);
    }

    /** @param inMinutes the message says the wait in minutes (long waits), else in seconds */
    public ThrottledException(Duration retryAfter, String messageKey, boolean inMinutes) {
        super("Throttled for " + retryAfter, messageKey, null);
        this.retryAfter = retryAfter;
        this.inMinutes = inMinutes;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The message's one argument is the wait, {@link #messageArgument()}. */
    @Override
    public Object[] messageArguments() {
        return new Object[] {messageArgument()};
    }

    /** Whole seconds to wait, rounded up: never too early. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** The wait as the message says it: minutes for sign-in throttling and hourly limits, else seconds. */
    public long messageArgument() {
        return inMinutes ? (retryAfterSeconds() + 59) / 60 : retryAfterSeconds();
    }
}
