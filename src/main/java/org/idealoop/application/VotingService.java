package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.vote.VoteDirection;
import org.idealoop.domain.vote.VoteRepository;
import org.idealoop.domain.vote.VoteTally;

/**
 * Promote, demote, change or remove one's vote on an idea: one vote per member per idea. Each vote is one
 * transaction ({@link VoteTransaction}), run again when it loses a lock conflict (a vote is idempotent: setting the
 * same direction twice counts once).
 */
@ApplicationScoped
public class VotingService {

    /** Attempts of a vote that keeps losing lock conflicts. */
    static final int ATTEMPTS = 4;

    @Inject
    VoteRepository votes;

    @Inject
    CurrentMember currentMember;

    @Inject
    @ConfigProperty(name = "idealoop.votes.down-enabled", defaultValue = "true")
    boolean downVotesEnabled;

    @Inject
    VoteTransaction transaction;

    @Inject
    org.idealoop.domain.moderation.RateLimiter rateLimiter;

    public VoteTally castVote(long ideaNumber, String direction) {
        VoteDirection parsed = VoteDirection.parse(direction);
        if (parsed == VoteDirection.DOWN && !downVotesEnabled) {
            throw new InvalidFieldException("direction", "vote.down.disabled");
        }
        return vote(ideaNumber, Optional.of(parsed));
    }

    public VoteTally removeVote(long ideaNumber) {
        return vote(ideaNumber, Optional.empty());
    }

    private VoteTally vote(long ideaNumber, Optional<VoteDirection> direction) {
        long memberId = currentMember.requireParticipant().id();
        // counted once, before the transaction, however often the transaction runs
        rateLimiter.hit(org.idealoop.domain.moderation.RateLimiter.Action.VOTE, memberId, currentMember.address());
        return LockConflicts.retrying(ATTEMPTS, () -> transaction.change(ideaNumber, memberId, direction));
    }

    /** The signed-in member's votes on these ideas (empty for visitors). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, VoteDirection> myVotes(Collection<Long> ideaNumbers) {
        return currentMember.find().map(me -> votes.votesOf(me.id(), ideaNumbers)).orElse(Map.of());
    }

    public boolean isDownVoteEnabled() {
        return downVotesEnabled;
    }
}
