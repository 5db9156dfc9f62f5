package org.idealoop.domain.search;

import java.util.Locale;
import java.util.Optional;

/** How search hits are ordered: relevance blended with score and recency, score, or newest first. */
public enum SearchSort {
    RELEVANCE,
    SCORE,
    NEW;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SearchSort> fromId(String id) {
        for (SearchSort sort : values()) {
            if (sort.id().equals(id)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
