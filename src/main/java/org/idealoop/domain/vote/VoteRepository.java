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

    Optional<VoteDirection> find(long ideaNumber, long memberId);

    /** Sets (or with an empty direction removes) the member's vote and updates the idea's totals. */
    VoteTally set(long ideaNumber, long memberId, Optional<VoteDirection> direction);

    /** The member's votes on the given ideas. */
    Map<Long, VoteDirection> votesOf(long memberId, java.util.Collection<Long> ideaNumbers);
}
