package org.idealoop.domain.vote;

import org.idealoop.domain.idea.IdeaStatus;
import java.util.Map;
import java.util.Optional;

/** Votes, kept exact under concurrency: each change locks the idea's row and moves the totals by delta. */
public interface VoteRepository {

    /** Locks the idea for this transaction and returns its state, or empty if there is no such idea. */
    Optional<LockedIdea> lockIdea(long ideaNumber);

    /** Rewrites the idea's ranking values (hot, Wilson, trending) from its current support. */
    void rerank(long ideaNumber);

    /** What a vote or a comment needs to know of the idea it locked. */
    record LockedIdea(IdeaStatus status, boolean locked) {
    }

    /**
     * Locks the idea for this transaction and reads, in one statement, what a vote needs: the idea's state and
     * support, and the member's vote on it. Empty if there is no such idea.
     */
    Optional<Ballot> lockForVote(long ideaNumber, long memberId);

    /** The locked idea as a vote finds it. */
    record Ballot(long ideaNumber, long memberId, IdeaStatus status, boolean locked, int ups, int downs,
                  int distinctCommenters, java.time.Instant createdAt, Optional<VoteDirection> current) {
    }

    /**
     * Sets (or with an empty direction removes) the member's vote on the locked idea, and writes the idea's
     * totals, ranking and follower count (plus {@code newFollowers}) in one statement; the idea's trending is
     * recomputed by the next refresh (at most a minute later).
     */
    VoteTally set(Ballot ballot, Optional<VoteDirection> direction, int newFollowers);

    /** The member's votes on the given ideas. */
    Map<Long, VoteDirection> votesOf(long memberId, java.util.Collection<Long> ideaNumbers);
}
