package org.idealoop.domain.member;

import java.util.List;
import java.util.Optional;

public interface MemberRepository {

    Member add(Member member);

    Optional<Member> findById(long id);

    /** Display names by member id, read in one statement for a whole page (missing ids are left out). */
    java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids);

    Optional<Member> findByEmail(EmailAddress email);

    Optional<Member> findByOidcSubject(String subject);

    List<Member> withRole(Role role);

    /**
     * Members whose name or e-mail address contains the text (any case), newest first, without deleted
     * accounts; every member when the text is empty.
     */
    List<Member> search(String text, int offset, int limit);

    MemberToken addToken(MemberToken token);

    Optional<MemberToken> findTokenByHash(String hash);

    List<MemberToken> tokensOf(long memberId, TokenPurpose purpose);

    void removeToken(MemberToken token);

    /** Marks a one-time token used, unless it was used already; true if this call used it. */
    boolean claimToken(long tokenId, java.time.Instant now);

    void removeTokens(long memberId, List<TokenPurpose> purposes);

    /** Follows are idempotent: following twice is one follow. */
    void follow(long followerId, long followedId);

    void unfollow(long followerId, long followedId);

    boolean follows(long followerId, long followedId);

    List<Member> followedBy(long followerId);

    long followerCount(long memberId);

    Optional<Avatar> avatarOf(long memberId);

    /** Whether the member uploaded a picture (without reading it). */
    boolean hasAvatar(long memberId);

    void saveAvatar(long memberId, Avatar avatar);

    void removeAvatar(long memberId);

    /** Active members with the role whose name or e-mail address contains the text, by name, at most limit. */
    List<Member> search(String text, Role role, int limit);

    record Avatar(String contentType, byte[] image) {
    }
}
