package org.idealoop.domain.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.idea.IdeaStatus;

/** Status changes, the timeline, merges and what the triage inbox lists: SQL behind a small interface. */
public interface WorkflowRepository {

    StatusWorkflow workflow();

    void replaceTransitions(java.util.Set<StatusWorkflow.Transition> transitions);

    /** Sets the status; the first status change (or official comment) stops the SLA clock. */
    void setStatus(long ideaNumber, IdeaStatus status, Instant at);

    long addEvent(long ideaNumber, IdeaEvent.Kind kind, Long actorId, String from, String to, Long teamId,
                  String message, Instant at);

    List<IdeaEvent> events(long ideaNumber);

    Optional<IdeaEvent> event(long id);

    /** Notifies the idea's followers (and the team's) of an event, once each; returns how many. */
    int notifyFollowers(long eventId, long ideaNumber, Optional<Long> teamId, long actorId, Instant at);

    /** Notifies the members of a team (a reassigned idea arrived); returns how many. */
    int notifyTeam(long eventId, long ideaNumber, long teamId, long actorId, Instant at);

    void assignTeam(long ideaNumber, Long teamId, Instant at);

    void fileUnder(long ideaNumber, long categoryId);

    /** Copies B's votes into A where the voter has no vote on A yet, remembering which; B's followers follow A. */
    void merge(long merged, long into, Instant at);

    /** Removes the votes the merge copied and gives B back its status. */
    void unmerge(long merged, long into, IdeaStatus restored, Instant at);

    /** Writes an idea's totals from its vote rows. */
    void recount(long ideaNumber);

    void recordOutcome(long ideaNumber, long memberId, boolean solved, String comment, Instant at);

    boolean hasVoted(long ideaNumber, long memberId);

    Optional<Boolean> outcomeOf(long ideaNumber, long memberId);

    void touch(long ideaNumber, boolean officialResponse, Instant at);
}
