package org.idealoop.domain.webhook;

import java.util.Optional;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.workflow.IdeaEvent;

/**
 * Where the workflow tells webhooks what happened to an idea. The implementation (infrastructure) builds the
 * JSON payload and queues one delivery per webhook the event concerns, in the caller's transaction, so a
 * delivery exists iff the change does.
 */
public interface WebhookEvents {

    /**
     * Queues a timeline event (status change, reassignment, merge, merged-in, unmerge: its kind names it) for
     * every active install-wide webhook and, with {@code teamId}, for that team's webhooks.
     *
     * @param teamId the team whose webhooks hear of it, empty for install-wide webhooks only
     * @param team   the team the payload names ({@code "team": null} when empty)
     * @param actor  who made the change
     */
    void ideaEvent(IdeaEvent event, Idea idea, Optional<Long> teamId, Optional<ProductTeam> team, Member actor);
}
