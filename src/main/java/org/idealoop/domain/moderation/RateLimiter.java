package org.idealoop.domain.moderation;

/**
 * Per-member and per-address limits for posting, commenting, voting and flagging. {@link #hit}
 * counts one action and throws {@link org.idealoop.domain.member.ThrottledException} past the limit.
 */
public interface RateLimiter {

    enum Action { IDEA, COMMENT, VOTE, FLAG }

    void hit(Action action, long memberId, String address);
}
