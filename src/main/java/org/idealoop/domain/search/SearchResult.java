package org.idealoop.domain.search;

import java.util.List;

public record SearchResult(long total, List<Hit> hits) {

    /** One matching idea; the highlights are HTML fragments with matches in {@code <em>}, or null. */
    public record Hit(long number, String title, String titleHighlight, String bodyHighlight, double score) {
    }
}
