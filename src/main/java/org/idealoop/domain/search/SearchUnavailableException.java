package org.idealoop.domain.search;

import org.idealoop.domain.DomainException;

/** The search cluster could not be reached or did not answer. A page shows it as a message, the API as 503. */
public class SearchUnavailableException extends DomainException {

    public SearchUnavailableException(Throwable cause) {
        super("Search is unavailable", "search.unavailable", null);
        initCause(cause);
    }
}
