package org.idealoop.application;

import java.util.List;

/**
 * One page of a long list, numbered from 1, and whether a next one exists (read as one row more than
 * the page holds, so no count of the whole list is needed).
 */
public record Paged<T>(List<T> items, int page, boolean hasNext) {

    /** The highest page number asked for is this; a bigger one is read as the last. */
    static final int MAX_PAGE = 100_000;

    public boolean hasPrevious() {
        return page > 1;
    }

    /** A page number as asked for (null, 0 or negative: the first), within bounds. */
    static int number(Integer page) {
        return page == null ? 1 : Math.max(1, Math.min(page, MAX_PAGE));
    }

    /** The page from the rows read at offset (page - 1) * size, with at most size + 1 rows. */
    static <T> Paged<T> of(List<T> rows, int page, int size) {
        return new Paged<>(rows.size() > size ? List.copyOf(rows.subList(0, size)) : rows, page, rows.size() > size);
    }
}
