package org.idealoop.infrastructure.security;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate counts of the running windows, in memory, written behind to MariaDB: a hit is decided here,
 * without a statement, and {@link RateCounterFlush} adds each window's new hits to its row once a second and
 * learns the row's total, which includes the hits other application instances added. So one instance decides
 * exactly; several decide on their own hits plus the others' as of the last second.
 * <p>
 * Per window: {@code known} (the row's total at the last flush, ours included), {@code flushing} (hits
 * taken by a flush not yet answered) and {@code pending} (hits since). A window is forgotten once it has
 * ended and holds nothing unflushed.
 */
final class RateWindows {

    /** One bucket's window: the bucket ("vote:m:42") and the window's start (epoch millis). */
    record Window(String bucket, long start) {
    }

    private static final class Tally {
        final long end;
        long known;
        long flushing;
        long pending;

        Tally(long end) {
            this.end = end;
        }

        synchronized long total() {
            return known + flushing + pending;
        }
    }

    private final Map<Window, Tally> tallies = new ConcurrentHashMap<>();

    /**
     * Counts a hit in the window unless the window already holds {@code limit} hits; answers whether the hit
     * was counted (false: refused, and not counted).
     */
    boolean tryHit(Window window, long end, long limit) {
        Tally tally = tallies.computeIfAbsent(window, w -> new Tally(end));
        synchronized (tally) {
            if (tally.known + tally.flushing + tally.pending >= limit) {
                return false;
            }
            tally.pending++;
            return true;
        }
    }

    /** Hits the window holds (known, in flight and pending). */
    long hits(Window window) {
        Tally tally = tallies.get(window);
        return tally == null ? 0 : tally.total();
    }

    /** Takes every window's pending hits for a flush (in the key order of the map it returns). */
    Map<Window, Long> takePending() {
        Map<Window, Long> taken = new LinkedHashMap<>();
        tallies.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Window::bucket).thenComparingLong(Window::start)))
                .forEach(entry -> {
                    Tally tally = entry.getValue();
                    synchronized (tally) {
                        if (tally.pending > 0) {
                            taken.put(entry.getKey(), tally.pending);
                            tally.flushing += tally.pending;
                            tally.pending = 0;
                        }
                    }
                });
        return taken;
    }

    /** The flush of {@code added} hits is stored; the row now holds {@code rowTotal}. */
    void flushed(Window window, long added, long rowTotal) {
        Tally tally = tallies.get(window);
        if (tally != null) {
            synchronized (tally) {
                tally.flushing -= added;
                tally.known = Math.max(rowTotal, tally.known + added);
            }
        }
    }

    /** The flush failed: its hits are pending again, for the next one. */
    void notFlushed(Window window, long added) {
        Tally tally = tallies.get(window);
        if (tally != null) {
            synchronized (tally) {
                tally.flushing -= added;
                tally.pending += added;
            }
        }
    }

    /** Forgets windows that ended at or before {@code nowMillis} and hold nothing unflushed; answers how many. */
    int forgetEnded(long nowMillis) {
        int forgotten = 0;
        for (Iterator<Map.Entry<Window, Tally>> it = tallies.entrySet().iterator(); it.hasNext(); ) {
            Tally tally = it.next().getValue();
            synchronized (tally) {
                if (tally.end <= nowMillis && tally.pending == 0 && tally.flushing == 0) {
                    it.remove();
                    forgotten++;
                }
            }
        }
        return forgotten;
    }

    int size() {
        return tallies.size();
    }
}
