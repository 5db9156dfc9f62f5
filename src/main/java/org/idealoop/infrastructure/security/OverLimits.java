package org.idealoop.infrastructure.security;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate-limit buckets known to be over their limit until the end of their window, in memory: a caller
 * already refused in this window is refused again without a statement. The database counter stays the
 * truth: this only remembers refusals it gave, per application instance, and forgets them when their window
 * ends. Bounded: when full, ended windows are dropped, and if that is not enough, everything is (the
 * database then decides again).
 */
final class OverLimits {

    private final int capacity;
    /** Bucket -> end of the window it is over its limit in (epoch millis). */
    private final Map<String, Long> overUntil = new ConcurrentHashMap<>();

    OverLimits(int capacity) {
        this.capacity = capacity;
    }

    /** Whether the bucket was refused in the window that is still running at {@code nowMillis}. */
    boolean isOver(String bucket, long nowMillis) {
        Long until = overUntil.get(bucket);
        if (until == null) {
            return false;
        }
        if (until <= nowMillis) {
            overUntil.remove(bucket, until);
            return false;
        }
        return true;
    }

    void remember(String bucket, long windowEndMillis, long nowMillis) {
        if (overUntil.size() >= capacity) {
            for (Iterator<Long> ends = overUntil.values().iterator(); ends.hasNext(); ) {
                if (ends.next() <= nowMillis) {
                    ends.remove();
                }
            }
            if (overUntil.size() >= capacity) {
                overUntil.clear();
            }
        }
        overUntil.merge(bucket, windowEndMillis, Math::max);
    }
}
