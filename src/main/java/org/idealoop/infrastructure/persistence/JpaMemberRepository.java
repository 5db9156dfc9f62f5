package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.member.EmailAddress;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.MemberToken;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.member.TokenPurpose;
import org.idealoop.infrastructure.cache.ReadCache;

@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @jakarta.inject.Inject
    ReadCache cache;

    public JpaMemberRepository() {
    }

    /** For use outside the container (persistence tests against an external server). */
    public JpaMemberRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Member add(Member member) {
        em.persist(member);
        em.flush(); // assigns the id; a duplicate e-mail fails here, inside the caller's transaction
        return member;
    }

    @Override
    public Optional<Member> findById(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    @Override
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new java.util.HashMap<>();
        }
        if (cache.changedInThisTransaction(ReadCache.Region.NAMES)) {
            return loadDisplayNames(new java.util.HashSet<>(ids)); // this transaction renamed someone: its own reads
        }
        return cache.getAll(ReadCache.Region.NAMES, new java.util.HashSet<>(ids), this::loadDisplayNames);
    }

    /** Only the names: a page of twenty authors is one statement, not twenty members with their roles. */
    private java.util.Map<Long, String> loadDisplayNames(java.util.Set<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("SELECT m.id, m.displayName FROM Member m WHERE m.id IN :ids", Object[].class)
                .setParameter("ids", java.util.List.copyOf(ids))
                .getResultList()
                .forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        return names;
    }

    @Override
    public Optional<Member> findByEmail(EmailAddress email) {
        return em.createNamedQuery("Member.findByEmail", Member.class)
                .setParameter("email", email.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Member> findByOidcSubject(String subject) {
        return em.createNamedQuery("Member.findByOidcSubject", Member.class)
                .setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    @Override
    public List<Member> search(String text, Role role, int limit) {
        String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return em.createNamedQuery("Member.search", Member.class).setParameter("role", role)
                .setParameter("text", pattern).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Member> withRole(Role role) {
        return em.createNamedQuery("Member.withRole", Member.class).setParameter("role", role).getResultList();
    }

    @Override
    public List<Member> search(String text, int offset, int limit) {
        return em.createQuery("SELECT m FROM Member m WHERE m.deletedAt IS NULL AND (m.email LIKE :text"
                        + " OR m.displayName LIKE :text) ORDER BY m.id DESC", Member.class)
                .setParameter("text", Like.containing(text))
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList();
    }

    @Override
    public MemberToken addToken(MemberToken token) {
        em.persist(token);
        em.flush();
        return token;
    }

    @Override
    public Optional<MemberToken> findTokenByHash(String hash) {
        return em.createNamedQuery("MemberToken.findByHash", MemberToken.class)
                .setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    @Override
    public List<MemberToken> tokensOf(long memberId, TokenPurpose purpose) {
        return em.createNamedQuery("MemberToken.ofMember", MemberToken.class)
                .setParameter("memberId", memberId)
                .setParameter("purpose", purpose)
                .getResultList();
    }

    @Override
    public void removeToken(MemberToken token) {
        em.remove(em.contains(token) ? token : em.merge(token));
    }

    @Override
    public boolean claimToken(long tokenId, Instant now) {
        return em.createNativeQuery("UPDATE member_token SET used_at = ?, last_used_at = ? WHERE id = ? AND used_at IS NULL")
                .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(now)).setParameter(3, tokenId)
                .executeUpdate() == 1;
    }

    @Override
    public void removeTokens(long memberId, List<TokenPurpose> purposes) {
        em.createNamedQuery("MemberToken.deleteOfMember")
                .setParameter("memberId", memberId)
                .setParameter("purposes", purposes)
                .executeUpdate();
    }

    @Override
    public void follow(long followerId, long followedId) {
        em.createNativeQuery("INSERT IGNORE INTO member_follow (follower_id, followed_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, followerId)
                .setParameter(2, followedId)
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    @Override
    public void unfollow(long followerId, long followedId) {
        em.createNativeQuery("DELETE FROM member_follow WHERE follower_id = ? AND followed_id = ?")
                .setParameter(1, followerId)
                .setParameter(2, followedId)
                .executeUpdate();
    }

    @Override
    public boolean follows(long followerId, long followedId) {
        return !em.createNativeQuery("SELECT 1 FROM member_follow WHERE follower_id = ? AND followed_id = ?")
                .setParameter(1, followerId)
                .setParameter(2, followedId)
                .getResultList().isEmpty();
    }

    @Override
    public List<Member> followedBy(long followerId) {
        return em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids ORDER BY m.displayName", Member.class)
                .setParameter("ids", followedIds(followerId))
                .getResultList();
    }

    private List<Long> followedIds(long followerId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT followed_id FROM member_follow WHERE follower_id = ?")
                .setParameter(1, followerId).getResultList();
        List<Long> result = ids.stream().map(Number::longValue).toList();
        return result.isEmpty() ? List.of(-1L) : result;
    }

    @Override
    public long followerCount(long memberId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM member_follow WHERE followed_id = ?")
                .setParameter(1, memberId).getSingleResult()).longValue();
    }

    @Override
    public Optional<Avatar> avatarOf(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT content_type, image FROM member_avatar WHERE member_id = ?")
                .setParameter(1, memberId).getResultList();
        return rows.stream().findFirst().map(row -> new Avatar((String) row[0], (byte[]) row[1]));
    }

    @Override
    public boolean hasAvatar(long memberId) {
        return !em.createNativeQuery("SELECT 1 FROM member_avatar WHERE member_id = ?").setParameter(1, memberId)
                .getResultList().isEmpty();
    }

    @Override
    public void saveAvatar(long memberId, Avatar avatar) {
        em.createNativeQuery("REPLACE INTO member_avatar (member_id, content_type, image, updated_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, memberId)
                .setParameter(2, avatar.contentType())
                .setParameter(3, avatar.image())
                .setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    @Override
    public void removeAvatar(long memberId) {
        em.createNativeQuery("DELETE FROM member_avatar WHERE member_id = ?").setParameter(1, memberId).executeUpdate();
    }
}
