package org.idealoop.application;

import java.util.List;

/**
 * One page of a long list an admin searches (tags, products): its items, its number (from 1) and
 * whether a next page exists.
 */
public record Listing<T>(List<T> items, int page, boolean more) {

    /** Rows to ask for the page: one more than it shows, which tells whether a next page exists. */
    static int rowsFor(int size) {
        return size + 1;
    }

    static int offset(int page, int size) {
        return (page - 1) * size;
    }

    /** The page from rows fetched with {@link #rowsFor(int)}. */
    static <T> Listing<T> of(List<T> rows, int page, int size) {
        return new Listing<>(rows.size() > size ? rows.subList(0, size) : rows, page, rows.size() > size);
    }

    /** A page number asked for: 1 when missing or below 1, at most 10,000 (an offset is not free). */
    static int page(Integer page) {
        return page == null || page < 1 ? 1 : Math.min(page, 10_000);
    }
}
