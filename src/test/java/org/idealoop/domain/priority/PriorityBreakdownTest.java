package org.idealoop.domain.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The priority score's arithmetic on known data, as docs/ranking.md works it through. */
class PriorityBreakdownTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    /** Five members of one 500,000 account and one member on their own, as the demand query groups them. */
    static Demand fiveOfOneAccountAndOneLoner() {
        return Demand.of(List.of(
                new Demand.SegmentDemand("enterprise", 5, 1, new BigDecimal("500000.00")),
                new Demand.SegmentDemand(Demand.NO_ACCOUNT, 1, 1, BigDecimal.ONE)), NOW);
    }

    @Test
    void fiveMembersOfOneAccountCountAsOneAccountAndItsValueOnce() {
        Demand demand = fiveOfOneAccountAndOneLoner();

        assertEquals(6, demand.supporters());
        assertEquals(2, demand.accounts(), "one account for the five, one single-person account");
        assertEquals(new BigDecimal("500001.00"), demand.value(), "the account once, the loner as 1");
        assertEquals("enterprise", demand.bySegment().get(0).segment(), "the most valuable segment first");
        assertTrue(demand.includes(Demand.NO_ACCOUNT));
    }

    @Test
    void workedExampleOfTheDocs() {
        // ln(1 + 500001) × √2 = 18.5578…; RICE 2000 × 2 × 80 % ÷ 4 = 800; 45 days old: recency 0.7071…
        Rice rice = new Rice(2000, 2, 80, 4);
        PriorityBreakdown b = PriorityBreakdown.of(fiveOfOneAccountAndOneLoner(), Optional.of(rice),
                NOW.minus(Duration.ofDays(45)), NOW);

        assertEquals(Math.log(500002) * Math.sqrt(2), b.demandTerm(), 1e-9);
        assertEquals(18.5578, b.demandTerm(), 1e-4);
        assertEquals(800, b.riceScore(), 1e-9);
        assertEquals(1 + Math.log(801), b.riceTerm(), 1e-9);
        assertEquals(45, b.ageDays(), 1e-9);
        assertEquals(Math.sqrt(0.5), b.recency(), 1e-9);
        assertEquals(0.5 + 0.5 * Math.sqrt(0.5), b.recencyTerm(), 1e-9);
        assertEquals(b.demandTerm() * b.riceTerm() * b.recencyTerm(), b.priority(), 1e-9);
        assertEquals(121.74, b.priority(), 0.01);
    }

    @Test
    void unsetRiceCountsAsOne() {
        PriorityBreakdown b = PriorityBreakdown.of(fiveOfOneAccountAndOneLoner(), Optional.empty(), NOW, NOW);

        assertEquals(1, b.riceScore());
        assertEquals(1 + Math.log(2), b.riceTerm(), 1e-12);
        assertEquals(1, b.recency(), 1e-12, "active today");
        assertEquals(1, b.recencyTerm(), 1e-12);
    }

    @Test
    void aMemberWithoutAnAccountCountsOne() {
        Demand alone = Demand.of(List.of(new Demand.SegmentDemand(Demand.NO_ACCOUNT, 1, 1, BigDecimal.ONE)), NOW);
        PriorityBreakdown b = PriorityBreakdown.of(alone, Optional.empty(), NOW, NOW);

        assertEquals(Math.log(2), b.demandTerm(), 1e-12);
    }

    @Test
    void nobodyPromotingMeansNoPriority() {
        assertEquals(0, PriorityBreakdown.of(Demand.NONE, Optional.of(new Rice(10, 3, 100, 1)), NOW, NOW).priority());
    }

    @Test
    void recencyHalvesEveryNinetyDaysButNeverDropsBelowHalfTheScore() {
        Demand demand = fiveOfOneAccountAndOneLoner();
        PriorityBreakdown fresh = PriorityBreakdown.of(demand, Optional.empty(), NOW, NOW);
        PriorityBreakdown old = PriorityBreakdown.of(demand, Optional.empty(), NOW.minus(Duration.ofDays(90)), NOW);
        PriorityBreakdown ancient = PriorityBreakdown.of(demand, Optional.empty(), NOW.minus(Duration.ofDays(3650)), NOW);

        assertEquals(0.5, old.recency(), 1e-12);
        assertEquals(0.75 * fresh.priority(), old.priority(), 1e-9);
        assertTrue(ancient.priority() > 0.5 * fresh.priority());
        assertEquals(0, PriorityBreakdown.of(demand, Optional.empty(), NOW.plusSeconds(60), NOW).ageDays(),
                "a clock a little ahead never makes an idea younger than new");
    }

    @Test
    void badRiceValuesNameTheirField() {
        assertField("reach", () -> Rice.of(-1L, 1.0, 50.0, 1.0));
        assertField("impact", () -> Rice.of(1L, 0.2, 50.0, 1.0));
        assertField("impact", () -> Rice.of(1L, 3.5, 50.0, 1.0));
        assertField("confidence", () -> Rice.of(1L, 1.0, 100.5, 1.0));
        assertField("confidence", () -> Rice.of(1L, 1.0, -1.0, 1.0));
        assertField("effort", () -> Rice.of(1L, 1.0, 50.0, 0.0));
        assertField("effort", () -> Rice.of(1L, 1.0, 50.0, null));
        assertField("impact", () -> Rice.of(1L, Double.NaN, 50.0, 1.0));
        assertEquals(new Rice(0, 0.25, 0, 0.5), Rice.of(0L, 0.25, 0.0, 0.5), "the edges are allowed");
        assertEquals(1.33, Rice.of(1L, 1.333, 50.0, 1.0).impact(), "two decimals kept, as stored");
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable call) {
        assertEquals(field, assertThrows(InvalidFieldException.class, call).field());
    }
}
