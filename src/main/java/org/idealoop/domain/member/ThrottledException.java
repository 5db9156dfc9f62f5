package org.idealoop.domain.member;

import java.time.Duration;

/** Too many attempts or actions from this account or address; try again after the given time. */
public class ThrottledException extends RuntimeException {

    private final Duration retryAfter;
    private final String messageKey;
    private final boolean inMinutes;

    public ThrottledException(Duration retryAfter) {
        this(retryAfter, "auth.throttled", true);
    }

    public ThrottledException(Duration retryAfter, String messageKey) {
        this(retryAfter, messageKey, false);
    }

    /** @param inMinutes the message says the wait in minutes (long waits), else in seconds */
    public ThrottledException(Duration retryAfter, String messageKey, boolean inMinutes) {
        super("Throttled for " + retryAfter);
        this.retryAfter = retryAfter;
        this.messageKey = messageKey;
        this.inMinutes = inMinutes;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The message; its argument is {@link #messageArgument()}. */
    public String messageKey() {
        return messageKey;
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
