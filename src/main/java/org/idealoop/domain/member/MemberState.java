package org.idealoop.domain.member;

/** Where an account stands, as admins see it; labels come from the bundle ({@code member.state.BANNED}). */
public enum MemberState {
    ACTIVE,
    UNVERIFIED,
    SUSPENDED,
    BANNED,
    DISABLED,
    DELETED
}
