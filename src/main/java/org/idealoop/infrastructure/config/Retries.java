package org.idealoop.infrastructure.config;

import java.time.Duration;

/** What the outbox drainers (search indexer, mailer) share: backoff between attempts, error text to keep. */
public final class Retries {

    private Retries() {
    }

    /** first, 2 x first, 4 x first ... never more than max. */
    public static Duration backoff(int attempts, Duration first, Duration max) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << Math.min(doublings, 20));
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** An error message short enough for the outbox's last_error column (1000 characters). */
    public static String errorText(String message) {
        String text = String.valueOf(message);
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
