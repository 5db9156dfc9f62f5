package org.idealoop.domain.admin;

import java.time.Instant;

/** How much of the install needs a person now, counted in the database for the admin home. */
public interface AttentionRepository {

    /** Visible, unmerged ideas still without a first official response past their team's SLA target. */
    long overdueIdeas(Instant now);

    /** Items (ideas, comments, stories) with at least one flag nobody resolved yet. */
    long flaggedItems();

    /** Active webhooks with a delivery that failed at least once and is not delivered yet. */
    long failingWebhooks();

    /** Changes written to the search outbox that the indexer has not sent yet. */
    long searchBacklog();
}
