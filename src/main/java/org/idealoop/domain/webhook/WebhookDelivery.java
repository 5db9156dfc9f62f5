package org.idealoop.domain.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One delivery of one event (or of a test ping, which has no idea event) to one webhook, with every attempt
 * in the order it was made. event is the name the receiver reads in X-Idealoop-Event.
 */
public record WebhookDelivery(long id, long webhookId, Long eventId, String event, String payload, Instant createdAt,
                              Instant deliveredAt, Instant nextAttemptAt, Integer lastStatus, String lastError,
                              List<Attempt> attempts) {

    public boolean delivered() {
        return deliveredAt != null;
    }

    /** status is the receiver's HTTP status, null when there was no answer (then error says why). */
    public record Attempt(Integer status, String error, Instant at) {
    }
}
