package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.idealoop.domain.search.IndexRebuild;
import org.junit.jupiter.api.Test;

class ReindexProgressTest {

    static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aRunningRebuildHasItsRateAndTimeLeft() {
        IndexRebuild running = new IndexRebuild(7, "content-v2-x", "running", 1_000, 400, START, null, null);

        ReindexProgress progress = ReindexProgress.of(running, START.plusSeconds(10));

        assertTrue(progress.running());
        assertEquals(40, progress.percent());
        assertEquals(40.0, progress.ratePerSecond());
        assertEquals(15L, progress.secondsLeft());
    }

    @Test
    void aFinishedRebuildIsMeasuredToItsEndAndHasNoTimeLeft() {
        IndexRebuild done = new IndexRebuild(8, "content-v2-y", "done", 300, 300, START, START.plusSeconds(3), null);

        ReindexProgress progress = ReindexProgress.of(done, START.plusSeconds(3_600));

        assertFalse(progress.running());
        assertEquals(100, progress.percent());
        assertEquals(100.0, progress.ratePerSecond());
        assertNull(progress.secondsLeft());
    }

    @Test
    void anEmptyIndexIsDoneAtOnceAndNoRebuildIsNone() {
        assertEquals(100, ReindexProgress.of(new IndexRebuild(9, "t", "done", 0, 0, START, START, null), START).percent());
        assertEquals(0, ReindexProgress.of(new IndexRebuild(9, "t", "running", 0, 0, START, null, null), START).percent());
        assertFalse(ReindexProgress.none().exists());
        assertEquals("none", ReindexProgress.none().state());
    }
}
