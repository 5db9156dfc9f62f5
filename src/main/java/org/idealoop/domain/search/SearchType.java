package org.idealoop.domain.search;

import java.util.Locale;
import java.util.Optional;

/** The kinds of content the search index holds. Stories arrive with their own issue. */
public enum SearchType {
    IDEA,
    COMMENT,
    STORY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SearchType> fromId(String id) {
        for (SearchType type : values()) {
            if (type.id().equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
