package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.TokenPurpose;
import org.idealoop.infrastructure.cache.CacheEvictions;
import org.idealoop.infrastructure.cache.DetachedReads;
import org.idealoop.infrastructure.cache.ReadCache;
import org.idealoop.infrastructure.cache.ReadCache.Region;

/**
 * The member behind a request, from memory for a few seconds: authenticating a bearer token or a session
 * and {@link CurrentMember} read no row while the entry lives. Anything that changes a member (roles, a
 * suspension or ban, disabling, deletion, password, e-mail, preferences) or removes one of their tokens
 * forgets the member and every token of theirs after it commits ({@link #forgetAfterCommit}); a JPA
 * listener does it for any change of a {@code member} row written through JPA.
 */
@ApplicationScoped
public class SignedInMembers {

    @Inject
    ReadCache cache;

    @Inject
    DetachedReads reads;

    /** The member as committed (detached: read it, never change it; change a member read through its repository). */
    public Optional<Member> find(long id) {
        return cache.get(Region.MEMBERS, id, () -> reads.member(id));
    }

    /** Whose token this hash is, from memory, else from the loader (which may record its use). */
    Optional<Grant> grant(String hash, Supplier<Optional<Grant>> loader) {
        return cache.find(Region.TOKENS, hash, loader);
    }

    /** Forgets the member and their tokens now and after the current transaction ends. */
    public void forgetAfterCommit(long memberId) {
        cache.evictAfterCommit(Region.MEMBERS, memberId);
        cache.evictAfterCommit(Region.TOKENS, CacheEvictions.tokensOf(memberId));
    }

    /** A bearer or remember-me token as authentication needs it. */
    record Grant(long memberId, TokenPurpose purpose, Optional<Instant> expiresAt)
            implements CacheEvictions.MemberOwned {

        boolean isUsable(Instant now) {
            return expiresAt.map(now::isBefore).orElse(true);
        }
    }
}
