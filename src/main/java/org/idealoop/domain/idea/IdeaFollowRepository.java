package org.idealoop.domain.idea;

import java.util.List;

/** Members following ideas. Following is idempotent; the idea's follower count moves with it. */
public interface IdeaFollowRepository {

    /** @return true if the member did not follow the idea before */
    boolean follow(long ideaNumber, long memberId);

    /**
     * Like {@link #follow} but leaves the idea's follower count to the caller, which moves it in its own update
     * of the idea's row (a vote); @return true if the member did not follow the idea before
     */
    boolean followCountedByCaller(long ideaNumber, long memberId);

    /** @return true if the member followed the idea before */
    boolean unfollow(long ideaNumber, long memberId);

    boolean follows(long ideaNumber, long memberId);

    /** Ends every follow of the member (a deleted account follows nothing). */
    void unfollowAll(long memberId);

    int followerCount(long ideaNumber);

    /** Numbers of the ideas the member follows, most recently followed first. */
    List<Long> followedBy(long memberId, int limit);
}
