package org.idealoop.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateWindowsTest {

    private static final RateWindows.Window VOTES = new RateWindows.Window("vote:m:7", 60_000);
    private static final long END = 120_000;

    @Test
    void theLimitIsExactUnderConcurrentHitsAndARefusedHitIsNotCounted() throws Exception {
        RateWindows windows = new RateWindows();
        AtomicInteger passed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            pool.execute(() -> {
                if (windows.tryHit(VOTES, END, 120)) {
                    passed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(120, passed.get());
        assertEquals(120, windows.hits(VOTES), "the 880 refused hits were not counted");
    }

    @Test
    void aFlushTakesThePendingHitsOnceAndLearnsOtherInstancesHits() {
        RateWindows windows = new RateWindows();
        for (int i = 0; i < 3; i++) {
            assertTrue(windows.tryHit(VOTES, END, 10));
        }
        Map<RateWindows.Window, Long> taken = windows.takePending();
        assertEquals(Map.of(VOTES, 3L), taken);
        assertEquals(Map.of(), windows.takePending(), "nothing new since");
        assertEquals(3, windows.hits(VOTES), "hits in flight still count");

        windows.flushed(VOTES, 3, 8); // the row holds our 3 and 5 of another instance
        assertEquals(8, windows.hits(VOTES));
        assertTrue(windows.tryHit(VOTES, END, 10));
        assertTrue(windows.tryHit(VOTES, END, 10));
        assertFalse(windows.tryHit(VOTES, END, 10), "8 known + 2 new = the limit of 10");
        assertEquals(Map.of(VOTES, 2L), windows.takePending());
    }

    @Test
    void aFailedFlushKeepsItsHitsForTheNextOne() {
        RateWindows windows = new RateWindows();
        windows.tryHit(VOTES, END, 10);
        windows.tryHit(VOTES, END, 10);
        Map<RateWindows.Window, Long> taken = windows.takePending();
        windows.tryHit(VOTES, END, 10);
        taken.forEach(windows::notFlushed);
        assertEquals(3, windows.hits(VOTES));
        assertEquals(Map.of(VOTES, 3L), windows.takePending(), "the failed 2 and the new 1");
    }

    @Test
    void endedWindowsAreForgottenOnlyWhenNothingIsUnflushed() {
        RateWindows windows = new RateWindows();
        windows.tryHit(VOTES, END, 10);
        assertEquals(0, windows.forgetEnded(END + 1), "a pending hit keeps its window");
        Map<RateWindows.Window, Long> taken = windows.takePending();
        assertEquals(0, windows.forgetEnded(END + 1), "a hit in flight keeps its window");
        windows.flushed(VOTES, taken.get(VOTES), 1);
        assertEquals(0, windows.forgetEnded(END - 1), "a running window stays");
        assertEquals(1, windows.forgetEnded(END));
        assertEquals(0, windows.size());
        assertTrue(windows.tryHit(VOTES, END + 60_000, 1), "a new window starts from nothing");
    }

    @Test
    void windowsAreTakenInOneOrderSoInstancesLockRowsAlike() {
        RateWindows windows = new RateWindows();
        windows.tryHit(new RateWindows.Window("vote:m:9", 60_000), END, 5);
        windows.tryHit(new RateWindows.Window("idea:m:9", 60_000), END, 5);
        windows.tryHit(new RateWindows.Window("vote:m:10", 0), END, 5);
        assertEquals(java.util.List.of("idea:m:9", "vote:m:10", "vote:m:9"),
                windows.takePending().keySet().stream().map(RateWindows.Window::bucket).toList());
    }
}
