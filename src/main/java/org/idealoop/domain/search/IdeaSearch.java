package org.idealoop.domain.search;

/** Full-text search over ideas. Throws {@link SearchUnavailableException} when the engine cannot answer. */
public interface IdeaSearch {

    SearchResult search(String text, int limit);

    /** Ideas that read like the given one (more like this), best first; empty when search is down. */
    java.util.List<Long> similar(long ideaNumber, int limit);
}
