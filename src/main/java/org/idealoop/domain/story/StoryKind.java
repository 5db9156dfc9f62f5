package org.idealoop.domain.story;

import java.util.Locale;
import java.util.Optional;

/** What a customer's story is: praise, a problem or a question; {@link #id()} is what the API and database hold. */
public enum StoryKind {
    PRAISE, PROBLEM, QUESTION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StoryKind> fromId(String id) {
        for (StoryKind kind : values()) {
            if (kind.id().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
