package org.idealoop.application;

import java.time.Duration;
import java.time.Instant;
import org.idealoop.domain.search.IndexRebuild;

/**
 * How far a rebuild of the search index is: documents done of the total, percent, rate in documents per
 * second and seconds left (null when unknown or finished). Computed once here for the API and the page.
 */
public record ReindexProgress(Long id, String state, String targetIndex, long total, long done, int percent,
                              double ratePerSecond, Long secondsLeft, Instant startedAt, Instant finishedAt,
                              String error) {

    /** No rebuild yet. */
    public static ReindexProgress none() {
        return new ReindexProgress(null, "none", null, 0, 0, 0, 0, null, null, null, null);
    }

    public static ReindexProgress of(IndexRebuild rebuild, Instant now) {
        Instant end = rebuild.finishedAt() == null ? now : rebuild.finishedAt();
        double seconds = Math.max(0.001, Duration.between(rebuild.startedAt(), end).toMillis() / 1000.0);
        double rate = rebuild.done() / seconds;
        boolean running = rebuild.running();
        Long left = running && rate > 0 ? Long.valueOf(Math.round(Math.max(0, rebuild.total() - rebuild.done()) / rate))
                : null;
        int percent = rebuild.total() == 0 ? (running ? 0 : 100)
                : (int) Math.min(100, rebuild.done() * 100 / rebuild.total());
        return new ReindexProgress(rebuild.id(), rebuild.state(), rebuild.targetIndex(), rebuild.total(),
                rebuild.done(), percent, Math.round(rate * 10) / 10.0, left, rebuild.startedAt(), rebuild.finishedAt(),
                rebuild.error());
    }

    public boolean exists() {
        return id != null;
    }

    public boolean running() {
        return IndexRebuild.RUNNING.equals(state);
    }
}
