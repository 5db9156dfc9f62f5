package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.IdeaFollowRepository;

/** Members following an idea, to hear about its status changes and comments (posting and voting follow too). */
@ApplicationScoped
@Transactional
public class IdeaFollowService {

    @Inject
    CurrentMember currentMember;

    @Inject
    IdeaFollowRepository follows;

    @Inject
    org.idealoop.domain.vote.VoteRepository lockedIdeas;

    /** The signed-in member follows the idea. */
    public FollowState follow(long number) {
        long memberId = currentMember.require().id();
        lockIdea(number);
        follows.follow(number, memberId);
        return new FollowState(true, follows.followerCount(number));
    }

    public FollowState unfollow(long number) {
        long memberId = currentMember.require().id();
        lockIdea(number);
        follows.unfollow(number, memberId);
        return new FollowState(false, follows.followerCount(number));
    }

    /** Row lock on the idea: concurrent follows of one idea queue up instead of deadlocking. */
    private void lockIdea(long number) {
        lockedIdeas.lockIdea(number).orElseThrow(() -> new NotFoundException("idea " + number));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isFollowedByMe(long number) {
        return currentMember.find().map(me -> follows.follows(number, me.id())).orElse(false);
    }

    public record FollowState(boolean following, int followerCount) {
    }
}
