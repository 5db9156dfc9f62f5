package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.IdeaFollowRepository;
import org.idealoop.domain.vote.VoteDirection;
import org.idealoop.domain.vote.VoteRepository;
import org.idealoop.domain.vote.VoteTally;

/** Promote, demote, change or remove one's vote on an idea: one vote per member per idea. */
@ApplicationScoped
@Transactional
public class VotingService {

    private static final Logger LOG = Logger.getLogger(VotingService.class.getName());

    @Inject
    VoteRepository votes;

    @Inject
    CurrentMember currentMember;

    @Inject
    IdeaFollowRepository follows;

    @Inject
    org.idealoop.domain.moderation.RateLimiter rateLimiter;

    @Inject
    jakarta.enterprise.event.Event<org.idealoop.domain.idea.IdeaChanged> ideaChanged;

    @Inject
    @ConfigProperty(name = "idealoop.votes.down-enabled", defaultValue = "true")
    boolean downVotesEnabled;

    public VoteTally castVote(long ideaNumber, String direction) {
        VoteDirection parsed = VoteDirection.parse(direction);
        if (parsed == VoteDirection.DOWN && !downVotesEnabled) {
            throw new InvalidFieldException("direction", "vote.down.disabled");
        }
        return change(ideaNumber, Optional.of(parsed));
    }

    public VoteTally removeVote(long ideaNumber) {
        return change(ideaNumber, Optional.empty());
    }

    private VoteTally change(long ideaNumber, Optional<VoteDirection> direction) {
        long memberId = currentMember.requireParticipant().id();
        rateLimiter.hit(org.idealoop.domain.moderation.RateLimiter.Action.VOTE, memberId, currentMember.address());
        VoteRepository.Ballot ballot = votes.lockForVote(ideaNumber, memberId)
                .orElseThrow(() -> new NotFoundException("idea " + ideaNumber));
        if (!ballot.status().acceptsVotes()) {
            throw new ConflictException("status", "vote.closed");
        }
        if (ballot.locked()) {
            throw new ConflictException("idea", "idea.locked");
        }
        // A first vote follows the idea (voters hear what becomes of it); changing one's vote does not follow again
        // a member who has unfollowed since. The follower count moves in the vote's update of the idea.
        boolean newFollower = direction.isPresent() && ballot.current().isEmpty()
                && follows.followCountedByCaller(ideaNumber, memberId);
        VoteTally tally = votes.set(ballot, direction, newFollower ? 1 : 0);
        if (newFollower || !ballot.current().equals(direction)) {
            ideaChanged.fire(new org.idealoop.domain.idea.IdeaChanged(ideaNumber)); // score and voters in the index
        }
        LOG.info(() -> "Member " + memberId + " voted " + direction.map(VoteDirection::id).orElse("none")
                + " on idea " + ideaNumber);
        return tally;
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
