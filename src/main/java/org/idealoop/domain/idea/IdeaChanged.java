package org.idealoop.domain.idea;

/** An idea was created or changed. Carries the number only, never the managed entity. */
public record IdeaChanged(long number) {
}
