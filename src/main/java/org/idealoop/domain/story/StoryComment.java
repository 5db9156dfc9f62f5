package org.idealoop.domain.story;

import java.time.Instant;

/** A member's comment on a story, with its author's name; staff comments are official. */
public record StoryComment(long id, String author, String body, boolean official, Instant at) {
}
