package org.idealoop.domain.search;

/** The search cluster could not be reached or did not answer. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super("Search is unavailable", cause);
    }
}
