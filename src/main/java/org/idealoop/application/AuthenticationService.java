package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.idealoop.domain.NotSignedInException;
import org.idealoop.domain.account.Account;
import org.idealoop.domain.account.AccountRepository;
import org.idealoop.domain.member.DisplayName;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.EmailAddress;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.MemberToken;
import org.idealoop.domain.member.PasswordHasher;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.member.SignInThrottle;
import org.idealoop.domain.member.ThrottledException;
import org.idealoop.domain.member.TokenPurpose;
import org.idealoop.domain.moderation.RateLimiter;

/** Checks credentials and tokens. Sign-in is throttled per account and per address. */
@ApplicationScoped
@Transactional
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());
    /** Tokens that authenticate a request (as opposed to one-time links). */
    static final Set<TokenPurpose> BEARER = EnumSet.of(TokenPurpose.ACCESS, TokenPurpose.PERSONAL);
    /** Tokens that stand for a member on every request; only these are kept in memory. */
    private static final Set<TokenPurpose> AUTHENTICATING =
            EnumSet.of(TokenPurpose.ACCESS, TokenPurpose.PERSONAL, TokenPurpose.REMEMBER_ME);

    @Inject
    MemberRepository members;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddresses addresses;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    CurrentMember currentMember;

    @Inject
    SignedInMembers signedIn;

    private final Clock clock = Clock.systemUTC();
    private volatile String decoyHash;

    /**
     * The member with these credentials. Wrong credentials and unknown e-mails fail alike
     * (same message, same work), so sign-in does not tell who is registered.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Member signIn(String email, String password, String address) {
        if (email != null && email.length() > EmailAddress.MAX_LENGTH) { // no address is that long: say so, count nothing
            throw new InvalidFieldException("email", "member.email.invalid");
        }
        String accountKey = "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        // Exempt addresses (idealoop.rate.exempt-addresses) are throttled per account only.
        Optional<String> addressKey = addresses.isExempt(address) ? Optional.empty()
                : Optional.of("address:" + (address == null ? "unknown" : address));
        Optional<Duration> blocked = throttle.blockedFor(accountKey)
                .or(() -> addressKey.flatMap(throttle::blockedFor));
        if (blocked.isPresent()) {
            throw new ThrottledException(blocked.get());
        }
        Optional<Member> found;
        try {
            found = members.findByEmail(new EmailAddress(email));
        } catch (RuntimeException invalidAddress) {
            found = Optional.empty();
        }
        String hash = found.flatMap(Member::passwordHash).orElseGet(this::decoyHash);
        boolean matches = password != null && hasher.verify(password, hash) && found.isPresent();
        if (!matches) {
            throttle.recordFailure(accountKey);
            addressKey.ifPresent(throttle::recordFailure);
            throw new NotSignedInException("auth.invalid");
        }
        Member member = found.get();
        if (!member.isActive()) {
            throw new NotSignedInException("auth.disabled");
        }
        throttle.reset(accountKey);
        LOG.info(() -> "Member " + member.id() + " signed in");
        return member;
    }

    /**
     * A member signed in through the OpenID Connect provider: found by the provider's subject, else
     * linked by a matching e-mail address, else created. The roles the provider grants replace the
     * member's roles when the provider sends the roles claim. A new member joins the account of their
     * e-mail domain; the account claim's value (when the install names one and the provider sends it) puts
     * the member in the account with that domain, else with that name, at every sign-in.
     */
    public Member signInWithSingleSignOn(String subject, String email, boolean emailVerified, String name,
                                         Optional<Set<Role>> roles, Optional<String> accountClaim) {
        boolean[] created = {false};
        Member member = members.findByOidcSubject(subject).orElseGet(() -> {
            EmailAddress address = new EmailAddress(email);
            return members.findByEmail(address)
                    .map(existing -> {
                        if (!emailVerified) {
                            // Anyone could claim this address at some provider: no takeover of an account.
                            throw new NotSignedInException("auth.sso.unverified");
                        }
                        existing.linkSingleSignOn(subject);
                        existing.verifyEmail(clock.instant());
                        return existing;
                    })
                    .orElseGet(() -> {
                        created[0] = true;
                        return members.add(Member.fromSingleSignOn(address,
                                new DisplayName(name == null || name.isBlank() ? address.value().split("@")[0] : name),
                                subject, emailVerified, clock.instant()));
                    });
        });
        if (!member.isActive()) {
            throw new NotSignedInException("auth.disabled");
        }
        roles.ifPresent(member::assignRoles);
        signedIn.forgetAfterCommit(member.id());
        if (created[0]) {
            accounts.mapMember(member.id());
        }
        accountClaim.filter(value -> !value.isBlank()).flatMap(this::claimedAccount)
                .ifPresent(account -> accounts.assign(member.id(), account.id()));
        LOG.info(() -> "Member " + member.id() + " signed in through single sign-on");
        return member;
    }

    /** The account an OpenID Connect claim names: by domain, else by name (the oldest of that name). */
    private Optional<Account> claimedAccount(String value) {
        String text = value.strip();
        Optional<Account> byDomain;
        try {
            byDomain = Optional.ofNullable(Account.domain(text)).flatMap(accounts::findByDomain);
        } catch (InvalidFieldException notADomain) {
            byDomain = Optional.empty();
        }
        return byDomain.or(() -> accounts.findByName(text).stream().findFirst());
    }

    /** A 12-hour bearer token for a member who just signed in; limited per member and address per hour. */
    public IssuedToken issueAccessToken(Member member) {
        rateLimiter.hit(RateLimiter.Action.TOKEN, member.id(), currentMember.address());
        return issue(member.id(), TokenPurpose.ACCESS);
    }

    /** A new secret of the given purpose for the member; only its hash is stored. */
    public IssuedToken issue(long memberId, TokenPurpose purpose) {
        String secret = Secrets.newToken();
        MemberToken token = members.addToken(new MemberToken(memberId, purpose, Secrets.hash(secret), clock.instant()));
        return new IssuedToken(secret, token.id(), token.expiresAt());
    }

    /** The active member a bearer token (access or personal) belongs to. */
    public Optional<Member> authenticateBearer(String secret) {
        return authenticate(secret, BEARER);
    }

    public Optional<Member> authenticateRememberMe(String secret) {
        return authenticate(secret, EnumSet.of(TokenPurpose.REMEMBER_ME));
    }

    /**
     * Token and member come from memory while they live there ({@link SignedInMembers}): no statement at all;
     * else one for the token (its use recorded at most once a minute) and one for the member.
     */
    private Optional<Member> authenticate(String secret, Set<TokenPurpose> purposes) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = Secrets.hash(secret);
        return signedIn.grant(hash, () -> members.findTokenByHash(hash)
                        .filter(token -> AUTHENTICATING.contains(token.purpose()) && token.isUsable(now))
                        .map(token -> {
                            touch(token, now);
                            return new SignedInMembers.Grant(token.memberId(), token.purpose(), token.expiresAt());
                        }))
                .filter(grant -> purposes.contains(grant.purpose()) && grant.isUsable(now))
                .flatMap(grant -> signedIn.find(grant.memberId()))
                .filter(Member::isActive);
    }

    /**
     * Records use at most once a minute, so a busy API client does not write on every request (while the
     * token is in memory nothing is read or written; the time it was last used is then up to a minute older).
     */
    private static void touch(MemberToken token, Instant now) {
        if (token.lastUsedAt().map(last -> last.isBefore(now.minusSeconds(60))).orElse(true)) {
            token.use(now);
        }
    }

    public void revokeRememberMe(String secret) {
        if (secret != null && !secret.isBlank()) {
            members.findTokenByHash(Secrets.hash(secret))
                    .filter(token -> token.purpose() == TokenPurpose.REMEMBER_ME)
                    .ifPresent(token -> {
                        members.removeToken(token);
                        signedIn.forgetAfterCommit(token.memberId());
                    });
        }
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash(Secrets.newToken());
        }
        return decoyHash;
    }

    public record IssuedToken(String secret, long id, Optional<Instant> expiresAt) {
    }
}
