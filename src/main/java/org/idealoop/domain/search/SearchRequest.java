package org.idealoop.domain.search;

import java.util.Optional;

/**
 * One validated search: the member's text (may be empty: then the hits are listed by sort), the
 * content type, facet filters (team, category and tag slugs, a status id), the order, and where the
 * previous page ended (an opaque cursor).
 */
public record SearchRequest(SearchText text, Optional<SearchType> type, Optional<String> status,
                            Optional<String> team, Optional<String> category, Optional<String> tag,
                            SearchSort sort, Optional<String> cursor, int limit) {
}
