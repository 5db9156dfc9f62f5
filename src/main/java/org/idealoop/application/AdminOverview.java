package org.idealoop.application;

/**
 * What of the install needs a person now, for the admin home.
 *
 * @param overdueIdeas    ideas past their team's SLA target without an official response
 * @param openFlags       flagged items awaiting a moderator
 * @param failingWebhooks webhooks whose receiver refused a delivery that is still pending
 * @param searchLag       changes not yet in the search index
 */
public record AdminOverview(long overdueIdeas, long openFlags, long failingWebhooks, long searchLag) {
}
