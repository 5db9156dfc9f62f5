package org.idealoop.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The webhooks and their delivery log. Deliveries written here are sent by the webhook outbox's sender. */
public interface WebhookRepository {

    /** Every webhook, oldest first, with how its deliveries fare. */
    List<Webhook> all();

    Optional<Webhook> find(long id);

    Webhook add(String url, Long teamId, String secret, Instant now);

    /** Removes the webhook with its deliveries; false when there was none. */
    boolean delete(long id);

    /** Turns sending on or off; false when there is no such webhook. */
    boolean setActive(long id, boolean active);

    /** A page of the webhook's deliveries, newest first, older than {@code before} when given. */
    List<WebhookDelivery> deliveries(long webhookId, Optional<Long> before, int limit);

    Optional<WebhookDelivery> findDelivery(long deliveryId);

    /** Queues a delivery of this payload, due now; eventId null for one that no idea event caused. Returns its id. */
    long queue(long webhookId, Long eventId, String payload, Instant now);
}
