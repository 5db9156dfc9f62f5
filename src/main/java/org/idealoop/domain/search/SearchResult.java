package org.idealoop.domain.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, how many match in all, the facet counts (status, team, category, tag: value to
 * count, largest first) and the cursor of the next page (null on the last page).
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, String nextCursor) {

    /**
     * One matching idea, comment or story. The highlights are HTML fragments in which the matched
     * words are wrapped in {@code <em>} and everything else is escaped, or null.
     */
    public record Hit(String type, long number, Long commentId, String title, String titleHighlight,
                      String bodyHighlight, String status, int score, String createdAt) {
    }

    public record FacetCount(String value, long count) {
    }
}
