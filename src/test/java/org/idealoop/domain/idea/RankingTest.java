package org.idealoop.domain.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void moreSupportRanksHotterAtTheSameAge() {
        assertTrue(Ranking.hot(10, 0, NOW) > Ranking.hot(3, 0, NOW));
        assertTrue(Ranking.hot(0, 5, NOW) > Ranking.hot(0, 0, NOW), "distinct commenters count as support");
        assertTrue(Ranking.hot(-5, 0, NOW) < Ranking.hot(0, 0, NOW), "demoted ideas sink");
    }

    @Test
    void tenTimesTheSupportIsWorthTwelveAndAHalfHours() {
        Instant older = NOW.minus(Duration.ofSeconds(45_000));

        assertEquals(Ranking.hot(1, 0, NOW), Ranking.hot(10, 0, older), 1e-9);
        assertTrue(Ranking.hot(1, 0, NOW) > Ranking.hot(9, 0, older));
    }

    @Test
    void wilsonLowerBoundPrefersConfidentMajorities() {
        assertEquals(0, Ranking.wilson(0, 0));
        assertEquals(0.2065, Ranking.wilson(1, 0), 1e-4);
        assertEquals(0.4385, Ranking.wilson(3, 0), 1e-4);
        assertTrue(Ranking.wilson(3, 0) > Ranking.wilson(4, 1), "same score, fewer dissenters first");
        assertTrue(Ranking.wilson(90, 10) > Ranking.wilson(9, 1), "more voters, more confidence");
    }
}
