package org.idealoop.domain.moderation;

/**
 * Per-member and per-address limits for posting, commenting, voting and flagging, and hourly limits
 * for account actions (sign-up, password reset, e-mail change, token creation). {@link #hit} counts
 * one action and throws {@link org.idealoop.domain.member.ThrottledException} past the limit.
 */
public interface RateLimiter {

    enum Action {
        IDEA, COMMENT, VOTE, FLAG,
        /** Counted per client address only. */
        SIGN_UP,
        /** Counted per target address (known or not, so a refusal tells nothing) and per client address. */
        PASSWORD_RESET,
        EMAIL_CHANGE,
        TOKEN;

        /** Account actions are counted per hour; content actions in the short window. */
        public boolean isAccountAction() {
            return ordinal() >= SIGN_UP.ordinal();
        }
    }

    void hit(Action action, long memberId, String address);

    /**
     * Counts one action of {@code account} (any stable key: a member id, a hashed e-mail address;
     * null when only the address counts) from {@code address} (null: no address limit).
     */
    void hit(Action action, String account, String address);
}
