package org.idealoop.domain.feed;

import java.time.Instant;

/**
 * One entry of an Atom feed: an event of a visible idea (kind status, team, merge, merged_in, unmerge), with
 * the idea's title and the actor's display name (null when nobody in particular).
 */
public record FeedEvent(long id, long ideaNumber, String kind, String from, String to, String message,
                        Instant createdAt, String ideaTitle, String actor) {
}
