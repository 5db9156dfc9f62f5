package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.search.IdeaSearch;
import org.idealoop.domain.search.SearchResult;

/** Searches ideas in Elasticsearch. */
@ApplicationScoped
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 200;

    @Inject
    IdeaSearch search;

    public SearchResult search(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            throw new InvalidFieldException("q", "search.q.required");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidFieldException("q", "search.q.length");
        }
        return search.search(query, Math.max(1, Math.min(limit, 100)));
    }
}
