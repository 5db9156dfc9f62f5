package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagedTest {

    @Test
    void oneRowMoreThanThePageShowsMeansANextPageExists() {
        Paged<Integer> full = Paged.of(List.of(1, 2, 3), 2, 2);
        assertEquals(List.of(1, 2), full.items());
        assertTrue(full.hasNext());
        assertTrue(full.hasPrevious());
        assertEquals(2, full.page());

        Paged<Integer> last = Paged.of(List.of(1, 2), 3, 2);
        assertEquals(List.of(1, 2), last.items());
        assertFalse(last.hasNext());

        Paged<Integer> first = Paged.of(List.of(1), 1, 2);
        assertFalse(first.hasPrevious());
    }

    @Test
    void pageNumbersStartAtOneAndAreBounded() {
        assertEquals(1, Paged.number(null));
        assertEquals(1, Paged.number(-4));
        assertEquals(1, Paged.number(0));
        assertEquals(7, Paged.number(7));
        assertEquals(Paged.MAX_PAGE, Paged.number(Integer.MAX_VALUE));
    }
}
