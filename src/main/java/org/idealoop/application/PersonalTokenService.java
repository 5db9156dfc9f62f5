package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.MemberToken;
import org.idealoop.domain.member.TokenPurpose;
import org.idealoop.domain.moderation.RateLimiter;

/** A member's personal API tokens: up to 20, each named, shown once when made, revocable. */
@ApplicationScoped
@Transactional
public class PersonalTokenService {

    private static final Logger LOG = Logger.getLogger(PersonalTokenService.class.getName());

    @Inject
    MemberRepository members;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    CurrentMember currentMember;

    @Inject
    SignedInMembers signedIn;

    private final Clock clock = Clock.systemUTC();

    public AuthenticationService.IssuedToken createPersonalToken(long memberId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new InvalidFieldException("name", "token.name.invalid");
        }
        org.idealoop.domain.text.PlainText.requireLine("name", trimmed);
        if (members.tokensOf(memberId, TokenPurpose.PERSONAL).size() >= 20) {
            throw new InvalidFieldException("name", "token.too-many");
        }
        rateLimiter.hit(RateLimiter.Action.TOKEN, memberId, currentMember.address());
        String secret = Secrets.newToken();
        MemberToken token = members.addToken(
                new MemberToken(memberId, TokenPurpose.PERSONAL, Secrets.hash(secret), clock.instant()).named(trimmed));
        LOG.info(() -> "Member " + memberId + " created personal token " + token.id());
        return new AuthenticationService.IssuedToken(secret, token.id(), token.expiresAt());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberToken> personalTokens(long memberId) {
        return members.tokensOf(memberId, TokenPurpose.PERSONAL);
    }

    public void revokePersonalToken(long memberId, long tokenId) {
        MemberToken token = members.tokensOf(memberId, TokenPurpose.PERSONAL).stream()
                .filter(t -> t.id() == tokenId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("token " + tokenId));
        members.removeToken(token);
        signedIn.forgetAfterCommit(memberId); // the next call with it is refused
        LOG.info(() -> "Member " + memberId + " revoked personal token " + tokenId);
    }
}
