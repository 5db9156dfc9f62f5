package org.idealoop.domain.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The timeline, the allowed moves, and what a merge does to other rows: SQL behind a small interface. The idea's
 * own state (status, team, category, merge pointer, activity) changes through its verbs, not here.
 */
public interface WorkflowRepository {

    StatusWorkflow workflow();

    void replaceTransitions(java.util.Set<StatusWorkflow.Transition> transitions);

    /** Stores a timeline entry a verb recorded; returns its id. */
    long addEvent(IdeaEventDraft event);

    List<IdeaEvent> events(long ideaNumber);

    Optional<IdeaEvent> event(long id);

    /** Notifies the idea's followers (and the team's) of an event, once each; returns how many. */
    int notifyFollowers(long eventId, long ideaNumber, Optional<Long> teamId, long actorId, Instant at);

    /** Notifies the members of a team (a reassigned idea arrived); returns how many. */
    int notifyTeam(long eventId, long ideaNumber, long teamId, long actorId, Instant at);

    /**
     * Copies B's votes into A where the voter has no vote on A yet, remembering which; B's followers follow A;
     * A's totals are counted again.
     */
    void copyVotes(long merged, long into, Instant at);

    /** Removes from A the votes a merge of B copied there, and counts A's totals again. */
    void removeCopiedVotes(long merged, long into);

    /** Writes an idea's totals from its vote rows. */
    void recount(long ideaNumber);

    void recordOutcome(long ideaNumber, long memberId, boolean solved, String comment, Instant at);

    boolean hasVoted(long ideaNumber, long memberId);

    Optional<Boolean> outcomeOf(long ideaNumber, long memberId);
}
