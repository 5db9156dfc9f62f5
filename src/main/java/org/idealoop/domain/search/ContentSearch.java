package org.idealoop.domain.search;

import java.util.List;

/** Full-text search over ideas, comments and stories. Throws {@link SearchUnavailableException} when the engine cannot answer. */
public interface ContentSearch {

    SearchResult search(SearchRequest request);

    /** Titles of ideas starting with (or close to) what was typed. */
    List<Suggestion> suggest(String prefix, int limit);

    /** Ideas that read like the given one (more like this), best first; empty when search is down. */
    List<Long> similar(long ideaNumber, int limit);

    /** Ideas that read like a draft's title and body, best first; empty when search is down. */
    List<Long> similarToDraft(String title, String body, int limit);
}
