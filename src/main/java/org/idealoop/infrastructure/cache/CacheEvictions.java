package org.idealoop.infrastructure.cache;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberToken;
import org.idealoop.domain.team.ProductTeam;

/**
 * The safety net under the explicit evictions: whenever JPA writes a member, removes a token, or writes a
 * team or category (META-INF/orm.xml attaches this listener), the cached copies are forgotten, again after
 * the commit. Changes by plain SQL (sanctions) evict explicitly where they are made.
 */
public class CacheEvictions {

    private static final Logger LOG = Logger.getLogger(CacheEvictions.class.getName());

    // JPA allows one callback per event and listener class: each dispatches on the entity.

    @PostPersist
    void persisted(Object entity) {
        referenceChanged(entity);
    }

    @PostUpdate
    void updated(Object entity) {
        memberChanged(entity);
        referenceChanged(entity);
    }

    @PostRemove
    void removed(Object entity) {
        memberChanged(entity);
        if (entity instanceof MemberToken token) {
            evict(cache -> cache.evictAfterCommit(ReadCache.Region.TOKENS, tokensOf(token.memberId())));
        }
        referenceChanged(entity);
    }

    private static void memberChanged(Object entity) {
        if (entity instanceof Member member && member.id() != null) {
            evict(cache -> {
                cache.evictAfterCommit(ReadCache.Region.MEMBERS, member.id());
                cache.evictAfterCommit(ReadCache.Region.NAMES, member.id());
                cache.evictAfterCommit(ReadCache.Region.TOKENS, tokensOf(member.id()));
            });
        }
    }

    private static void referenceChanged(Object entity) {
        if (entity instanceof ProductTeam || entity instanceof Category) {
            evict(cache -> cache.evictAfterCommit(ReadCache.Region.FILING));
        }
    }

    /** Keys are token hashes; the values name the member (see SignedInMembers.Grant). */
    public static ReadCache.EntryFilter tokensOf(long memberId) {
        return new TokensOf(memberId);
    }

    /** The token grants of one member (named, so that other instances of a cluster can be told which). */
    record TokensOf(long memberId) implements ReadCache.EntryFilter {
        @Override
        public boolean test(Object key, Object grant) {
            return grant instanceof MemberOwned owned && owned.memberId() == memberId;
        }
    }

    private static void evict(java.util.function.Consumer<ReadCache> eviction) {
        ReadCache cache = CDI.current().select(ReadCache.class).get();
        try {
            eviction.accept(cache);
        } catch (IllegalStateException lateInCommit) {
            // Flushed while the transaction commits, when no synchronization may be added: evict now; the
            // service that made the change evicts after the commit too.
            LOG.log(Level.FINE, "evicting without waiting for the commit", lateInCommit);
        }
    }

    /** A cached value that belongs to a member (a token grant). */
    public interface MemberOwned {
        long memberId();
    }
}
