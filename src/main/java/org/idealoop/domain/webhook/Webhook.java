package org.idealoop.domain.webhook;

import java.time.Instant;

/**
 * A registered endpoint with how its deliveries fare. team is the product team's slug, null for an
 * install-wide webhook; last is its newest delivery, null before the first; failing counts the deliveries
 * that failed at least once and are not delivered yet.
 */
public record Webhook(long id, String url, String team, boolean active, Instant createdAt, LastDelivery last,
                      long failing) {

    /** The newest delivery: delivered, failed (status or error of its last attempt) or not tried yet. */
    public record LastDelivery(Instant at, boolean delivered, int attempts, Integer status, String error) {

        public boolean waiting() {
            return !delivered && attempts == 0;
        }
    }
}
