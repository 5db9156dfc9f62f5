package org.idealoop.domain.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.idealoop.domain.insight.Dashboard;

class RatingSummaryTest {

    @Test
    void tenPromotersFivePassivesFiveDetractorsIsAnNpsOf25() {
        long[] nps = new long[11];
        nps[10] = 6;
        nps[9] = 4;
        nps[8] = 3;
        nps[7] = 2;
        nps[6] = 1;
        nps[0] = 4;
        long[] csat = {1, 2, 3, 4, 10};

        RatingSummary summary = RatingSummary.of(csat, nps);

        assertEquals(25, summary.nps());
        assertEquals(10, summary.promoters());
        assertEquals(5, summary.passives());
        assertEquals(5, summary.detractors());
        assertEquals(20, summary.count());
        assertEquals(List.of(1L, 2L, 3L, 4L, 10L), summary.csatDistribution());
        assertEquals(4.0, summary.csatAverage()); // (1·1 + 2·2 + 3·3 + 4·4 + 10·5) / 20 = 80 / 20
    }

    @Test
    void onlyDetractorsIsMinus100AndNoRatingsIsNoScore() {
        long[] nps = new long[11];
        nps[3] = 7;
        assertEquals(-100, RatingSummary.of(new long[] {7, 0, 0, 0, 0}, nps).nps());
        RatingSummary none = RatingSummary.of(new long[5], new long[11]);
        assertNull(none.nps());
        assertNull(none.csatAverage());
        assertEquals(0, none.count());
    }

    @Test
    void wrongShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RatingSummary.of(new long[4], new long[11]));
    }

    @Test
    void percentilesUseTheNearestRank() {
        List<Double> hours = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertEquals(5.0, Dashboard.percentile(hours, 50));
        assertEquals(9.0, Dashboard.percentile(hours, 90));
        assertNull(Dashboard.percentile(List.of(), 50));
    }
}
