package org.idealoop.domain.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * A timeline entry an idea's verb has just recorded, before it is stored (the repository gives it its id and the
 * actor's name, making it an {@link IdeaEvent}).
 *
 * @param from the status id, team slug or idea number before (as in {@link IdeaEvent})
 * @param to   the status id, team slug or idea number after
 */
public record IdeaEventDraft(long ideaNumber, IdeaEvent.Kind kind, long actorId, String from, String to,
                             Optional<Long> teamId, String message, Instant at) {
}
