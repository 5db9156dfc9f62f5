package org.idealoop.domain.member;

import java.time.Duration;
import java.util.Optional;

/** What a member token is for, and how long it lives. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofDays(2), true),
    RESET_PASSWORD(Duration.ofHours(1), true),
    CHANGE_EMAIL(Duration.ofDays(2), true),
    REMEMBER_ME(Duration.ofDays(30), false),
    ACCESS(Duration.ofHours(12), false),
    PERSONAL(null, false);

    private final Duration lifetime;
    private final boolean singleUse;

    TokenPurpose(Duration lifetime, boolean singleUse) {
        this.lifetime = lifetime;
        this.singleUse = singleUse;
    }

    /** Empty for tokens that live until revoked. */
    public Optional<Duration> lifetime() {
        return Optional.ofNullable(lifetime);
    }

    public boolean isSingleUse() {
        return singleUse;
    }
}
