package org.idealoop.domain.search;

/** A title offered while a member types into the search box. */
public record Suggestion(long number, String title) {
}
