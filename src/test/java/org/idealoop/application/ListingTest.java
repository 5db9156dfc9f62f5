package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListingTest {

    @Test
    void oneRowMoreThanThePageShowsMeansANextPageExists() {
        Listing<Integer> full = Listing.of(List.of(1, 2, 3), 2, 2);
        assertEquals(List.of(1, 2), full.items());
        assertTrue(full.more());
        assertEquals(2, full.page());

        Listing<Integer> last = Listing.of(List.of(1, 2), 3, 2);
        assertEquals(List.of(1, 2), last.items());
        assertFalse(last.more());
    }

    @Test
    void pagesStartAtOneAndOffsetsFollow() {
        assertEquals(1, Listing.page(null));
        assertEquals(1, Listing.page(-4));
        assertEquals(10_000, Listing.page(Integer.MAX_VALUE));
        assertEquals(0, Listing.offset(1, 25));
        assertEquals(50, Listing.offset(3, 25));
        assertEquals(26, Listing.rowsFor(25));
    }
}
