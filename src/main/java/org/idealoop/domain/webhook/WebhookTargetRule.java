package org.idealoop.domain.webhook;

import java.util.Optional;

/** Where webhooks may post (the install's rule against posting to its own network). */
public interface WebhookTargetRule {

    /** Why a webhook may not post to this address, or empty when it may. */
    Optional<String> refusal(String url);
}
