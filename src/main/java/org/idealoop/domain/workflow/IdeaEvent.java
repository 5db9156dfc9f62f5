package org.idealoop.domain.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of an idea's timeline beyond posting and editing: a status change (with its official
 * message), a move to another team, a merge into another idea or its undoing.
 *
 * @param from the status id, team slug or idea number before
 * @param to   the status id, team slug or idea number after
 */
public record IdeaEvent(long id, long ideaNumber, Kind kind, Optional<Long> actorId, String actorName,
                        String from, String to, Optional<Long> teamId, String message, Instant createdAt) {

    public enum Kind {
        STATUS, TEAM, MERGE, MERGED_IN, UNMERGE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind fromId(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
