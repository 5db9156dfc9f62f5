package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.IdeaFollowRepository;
import org.idealoop.domain.vote.VoteDirection;
import org.idealoop.domain.vote.VoteRepository;
import org.idealoop.domain.vote.VoteTally;

/** One vote in one transaction, for {@link VotingService}, which runs it again when it loses a lock conflict. */
@ApplicationScoped
@Transactional
public class VoteTransaction {

    private static final Logger LOG = Logger.getLogger(VoteTransaction.class.getName());

    @Inject
    VoteRepository votes;

    @Inject
    IdeaFollowRepository follows;

    @Inject
    jakarta.enterprise.event.Event<org.idealoop.domain.idea.IdeaChanged> ideaChanged;

    public VoteTally change(long ideaNumber, long memberId, Optional<VoteDirection> direction) {
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
}
