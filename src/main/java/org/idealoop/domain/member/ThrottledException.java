package org.idealoop.domain.member;

import java.time.Duration;

/** Too many attempts or actions from this account or address; try again after the given time. */
public class ThrottledException extends RuntimeException {

    private final Duration retryAfter;
    private final String messageKey;

    public ThrottledException(Duration retryAfter) {
        this(retryAfter, "auth.throttled");
    }

    public ThrottledException(Duration retryAfter, String messageKey) {
        super("Throttled for " + retryAfter);
        this.retryAfter = retryAfter;
        this.messageKey = messageKey;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The message; its argument is minutes for sign-in throttling, seconds for rate limits. */
    public String messageKey() {
        return messageKey;
    }
}
