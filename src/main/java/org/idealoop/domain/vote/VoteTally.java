package org.idealoop.domain.vote;

import java.util.Optional;

/** An idea's votes after a change, and the caller's own vote. Score = ups - downs. */
public record VoteTally(long ideaNumber, int upVotes, int downVotes, Optional<VoteDirection> myVote) {

    public int score() {
        return upVotes - downVotes;
    }
}
