package org.idealoop.domain.search;

/** Full-text search over ideas. Throws {@link SearchUnavailableException} when the engine cannot answer. */
public interface IdeaSearch {

    SearchResult search(String text, int limit);
}
