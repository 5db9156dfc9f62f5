package org.idealoop.domain.search;

import java.time.Instant;

/** One rebuild of the search index as recorded: state running, done or failed; finishedAt null while running. */
public record IndexRebuild(long id, String targetIndex, String state, long total, long done, Instant startedAt,
                           Instant finishedAt, String error) {

    public static final String RUNNING = "running";

    public boolean running() {
        return RUNNING.equals(state);
    }
}
