package org.idealoop.domain.member;

import java.time.Duration;
import java.util.Optional;

/** Counts failed sign-ins per key (an account, an address) and blocks a key that fails too often. */
public interface SignInThrottle {

    /** How long the key is still blocked, if it is. */
    Optional<Duration> blockedFor(String key);

    void recordFailure(String key);

    void reset(String key);
}
