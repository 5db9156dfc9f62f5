package org.idealoop.domain.member;

import java.time.Duration;

/** Too many failed attempts from this account or address; try again after the given time. */
public class ThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public ThrottledException(Duration retryAfter) {
        super("Throttled for " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
