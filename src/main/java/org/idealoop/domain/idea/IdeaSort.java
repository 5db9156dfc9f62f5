package org.idealoop.domain.idea;

import java.util.Locale;
import org.idealoop.domain.InvalidFieldException;

/** The orders of the idea list (docs/ranking.md). */
public enum IdeaSort {
    HOT,
    TOP,
    NEW,
    TRENDING,
    DISCUSSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IdeaSort parse(String text) {
        if (text == null || text.isBlank()) {
            return HOT;
        }
        for (IdeaSort sort : values()) {
            if (sort.id().equals(text)) {
                return sort;
            }
        }
        throw new InvalidFieldException("sort", "ideas.sort.invalid");
    }
}
