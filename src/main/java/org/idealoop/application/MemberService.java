package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.account.AccountRepository;
import org.idealoop.domain.idea.IdeaFollowRepository;
import org.idealoop.domain.mail.MailOutbox;
import org.idealoop.domain.mail.OutgoingMail;
import org.idealoop.domain.member.DisplayName;
import org.idealoop.domain.member.EmailAddress;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.MemberToken;
import org.idealoop.domain.member.PasswordHasher;
import org.idealoop.domain.member.PasswordPolicy;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.member.TokenPurpose;
import org.idealoop.domain.moderation.RateLimiter;

/** Accounts: sign up, verify, reset, change, delete; personal API tokens; avatars; following staff. */
@ApplicationScoped
@Transactional
public class MemberService {

    private static final Logger LOG = Logger.getLogger(MemberService.class.getName());
    public static final int MAX_AVATAR_BYTES = 512 * 1024;
    static final Set<String> AVATAR_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    @Inject
    ModerationService audit;

    @Inject
    MemberRepository members;

    @Inject
    PasswordHasher hasher;

    @Inject
    MailOutbox mail;

    @Inject
    AuthenticationService authentication;

    @Inject
    IdeaFollowRepository ideaFollows;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    CurrentMember currentMember;

    @Inject
    CurrentLanguage language;

    @Inject
    Recipients recipients;

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "idealoop.base-url")
    String baseUrl;

    private final Clock clock = Clock.systemUTC();

    public Member signUp(String email, String displayName, String password) {
        EmailAddress address = new EmailAddress(email);
        DisplayName name = new DisplayName(displayName);
        PasswordPolicy.check("password", password);
        rateLimiter.hit(RateLimiter.Action.SIGN_UP, null, currentMember.address()); // valid sign-ups count
        if (members.findByEmail(address).isPresent()) {
            throw new ConflictException("email", "member.email.taken");
        }
        Member member;
        Member signingUp = Member.signUp(address, name, hasher.hash(password), clock.instant());
        signingUp.choose(language.language(), null); // mail speaks the language they signed up in
        try {
            member = members.add(signingUp);
        } catch (PersistenceException raceOnTheUniqueKey) {
            throw new ConflictException("email", "member.email.taken");
        }
        accounts.mapMember(member.id()); // the account of their e-mail domain, when there is one
        sendVerification(member);
        LOG.info(() -> "Member " + member.id() + " signed up");
        return member;
    }

    public void resendVerification(long memberId) {
        Member member = get(memberId);
        if (!member.isEmailVerified()) {
            sendVerification(member);
        }
    }

    private void sendVerification(Member member) {
        AuthenticationService.IssuedToken token = authentication.issue(member.id(), TokenPurpose.VERIFY_EMAIL);
        String link = link("verify?token=" + token.secret());
        mail.queue(new OutgoingMail(member.email().orElseThrow(),
                recipients.text(member, "mail.verify.subject"),
                recipients.text(member, "mail.verify.body", member.displayName(), link)));
    }

    public Member verifyEmail(String secret) {
        MemberToken token = redeem(secret, TokenPurpose.VERIFY_EMAIL);
        Member member = get(token.memberId());
        member.verifyEmail(clock.instant());
        LOG.info(() -> "Member " + member.id() + " verified the e-mail address");
        return member;
    }

    /**
     * Always answers the same, whether or not the address is registered: the limit per target counts
     * the address asked for, known or not.
     */
    public void requestPasswordReset(String email) {
        EmailAddress address = new EmailAddress(email);
        rateLimiter.hit(RateLimiter.Action.PASSWORD_RESET, Secrets.hash(address.value().toLowerCase(Locale.ROOT)),
                currentMember.address());
        members.findByEmail(address).filter(Member::isActive).ifPresent(member -> {
            AuthenticationService.IssuedToken token = authentication.issue(member.id(), TokenPurpose.RESET_PASSWORD);
            mail.queue(new OutgoingMail(address.value(), recipients.text(member, "mail.reset.subject"),
                    recipients.text(member, "mail.reset.body", member.displayName(), link("reset-password?token=" + token.secret()))));
        });
    }

    public Member resetPassword(String secret, String newPassword) {
        PasswordPolicy.check("password", newPassword);
        MemberToken token = redeem(secret, TokenPurpose.RESET_PASSWORD);
        Member member = get(token.memberId());
        member.changePasswordHash(hasher.hash(newPassword));
        member.verifyEmail(clock.instant()); // the link reached the inbox: the address works
        // A reset means the old password may be known to someone else: end every other way in.
        members.removeTokens(member.id(), List.of(TokenPurpose.REMEMBER_ME, TokenPurpose.ACCESS,
                TokenPurpose.PERSONAL, TokenPurpose.RESET_PASSWORD));
        LOG.info(() -> "Member " + member.id() + " reset the password");
        return member;
    }

    /** Other sessions and remember-me cookies end (their credential stamp no longer matches). */
    public Member changePassword(long memberId, String currentPassword, String newPassword) {
        Member member = get(memberId);
        requirePassword(member, currentPassword, "currentPassword");
        PasswordPolicy.check("newPassword", newPassword);
        member.changePasswordHash(hasher.hash(newPassword));
        members.removeTokens(member.id(), List.of(TokenPurpose.REMEMBER_ME, TokenPurpose.ACCESS));
        LOG.info(() -> "Member " + member.id() + " changed the password");
        return member;
    }

    public void requestEmailChange(long memberId, String newEmail, String currentPassword) {
        Member member = get(memberId);
        requirePassword(member, currentPassword, "currentPassword");
        EmailAddress address = new EmailAddress(newEmail);
        rateLimiter.hit(RateLimiter.Action.EMAIL_CHANGE, memberId, currentMember.address());
        if (members.findByEmail(address).isPresent()) {
            throw new ConflictException("email", "member.email.taken");
        }
        String secret = Secrets.newToken();
        members.addToken(new MemberToken(member.id(), TokenPurpose.CHANGE_EMAIL, Secrets.hash(secret), clock.instant())
                .forNewEmail(address));
        mail.queue(new OutgoingMail(address.value(), recipients.text(member, "mail.change.subject"),
                recipients.text(member, "mail.change.body", member.displayName(), link("verify?token=" + secret))));
    }

    /** The link in a verification or e-mail change mail: verifies, or moves the account to the new address. */
    public Member confirmLink(String secret) {
        Optional<MemberToken> token = members.findTokenByHash(Secrets.hash(secret == null ? "" : secret));
        if (token.isPresent() && token.get().purpose() == TokenPurpose.CHANGE_EMAIL) {
            MemberToken change = redeem(secret, TokenPurpose.CHANGE_EMAIL);
            EmailAddress address = new EmailAddress(change.newEmail().orElseThrow());
            if (members.findByEmail(address).isPresent()) {
                throw new ConflictException("email", "member.email.taken");
            }
            Member member = get(change.memberId());
            member.changeEmail(address, clock.instant());
            accounts.mapMember(member.id()); // the new address's domain may be an account's
            LOG.info(() -> "Member " + member.id() + " changed the e-mail address");
            return member;
        }
        return verifyEmail(secret);
    }

    public void deleteAccount(long memberId, String currentPassword) {
        Member member = get(memberId);
        if (member.passwordHash().isPresent()) {
            requirePassword(member, currentPassword, "currentPassword");
        }
        members.removeTokens(member.id(), List.of(TokenPurpose.values()));
        members.removeAvatar(member.id());
        ideaFollows.unfollowAll(member.id());
        member.delete(clock.instant());
        LOG.info(() -> "Member " + member.id() + " deleted the account");
    }

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
        LOG.info(() -> "Member " + memberId + " revoked personal token " + tokenId);
    }

    public void setAvatar(long memberId, byte[] image, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (image == null || image.length == 0) {
            throw new InvalidFieldException("avatar", "member.avatar.missing");
        }
        if (image.length > MAX_AVATAR_BYTES) {
            throw new InvalidFieldException("avatar", "member.avatar.large");
        }
        if (!AVATAR_TYPES.contains(type) || !isImage(image, type)) {
            throw new InvalidFieldException("avatar", "member.avatar.type");
        }
        members.saveAvatar(get(memberId).id(), new MemberRepository.Avatar(type, image));
    }

    public void removeAvatar(long memberId) {
        members.removeAvatar(memberId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAvatar(long memberId) {
        return members.hasAvatar(memberId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MemberRepository.Avatar> avatar(long memberId) {
        return members.avatarOf(memberId);
    }

    /** Customers follow staff members to see their official answers. */
    public void follow(long followerId, long staffId) {
        Member staff = members.findById(staffId).filter(Member::isActive)
                .orElseThrow(() -> new NotFoundException("member " + staffId));
        if (!staff.isStaff()) {
            throw new InvalidFieldException("memberId", "follow.not-staff");
        }
        if (staffId == followerId) {
            throw new InvalidFieldException("memberId", "follow.self");
        }
        members.follow(followerId, staffId);
    }

    public void unfollow(long followerId, long staffId) {
        members.unfollow(followerId, staffId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean follows(long followerId, long staffId) {
        return members.follows(followerId, staffId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> followedBy(long followerId) {
        return members.followedBy(followerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long followerCount(long memberId) {
        return members.followerCount(memberId);
    }

    public Member assignRoles(long memberId, Set<Role> roles) {
        Member member = members.findById(memberId).filter(m -> !m.isDeleted())
                .orElseThrow(() -> new NotFoundException("member " + memberId));
        String before = new java.util.TreeSet<>(member.roles()).toString();
        member.assignRoles(roles);
        audit.record("roles", org.idealoop.domain.moderation.ContentType.MEMBER, memberId, before,
                new java.util.TreeSet<>(member.roles()).toString());
        LOG.info(() -> "Member " + memberId + " now has roles " + member.roles());
        return member;
    }

    /** A disabled member cannot sign in, and their tokens and sessions stop working at once. */
    public Member setDisabled(long memberId, boolean disabled) {
        Member member = members.findById(memberId).filter(m -> !m.isDeleted())
                .orElseThrow(() -> new NotFoundException("member " + memberId));
        boolean was = member.isDisabled();
        if (disabled) {
            member.disable();
        } else {
            member.enable();
        }
        audit.record(disabled ? "disable" : "enable", org.idealoop.domain.moderation.ContentType.MEMBER, memberId,
                "disabled=" + was, "disabled=" + disabled);
        LOG.info(() -> "Member " + memberId + (disabled ? " disabled" : " enabled"));
        return member;
    }

    public static final int SEARCH_PAGE_SIZE = 25;

    /** Admins find members by part of their name or e-mail address, newest first; everyone for no text. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<Member> search(String text, Integer page) {
        currentMember.requireRole(Role.ADMIN);
        if (text != null && text.length() > 500) {
            throw new InvalidFieldException("q", "search.q.length");
        }
        int number = Paged.number(page);
        return Paged.of(members.search(text, (number - 1) * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE + 1), number,
                SEARCH_PAGE_SIZE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Member get(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Member> find(long memberId) {
        return members.findById(memberId);
    }

    private void requirePassword(Member member, String password, String field) {
        if (password == null || member.passwordHash().isEmpty()
                || !hasher.verify(password, member.passwordHash().get())) {
            throw new InvalidFieldException(field, "member.password.wrong");
        }
    }

    /** Uses a one-time token: unknown, expired and used tokens are refused, each with its own message. */
    private MemberToken redeem(String secret, TokenPurpose purpose) {
        MemberToken token = members.findTokenByHash(Secrets.hash(secret == null ? "" : secret))
                .filter(t -> t.purpose() == purpose)
                .orElseThrow(() -> new InvalidFieldException("token", "member.token.invalid"));
        if (token.isUsed()) {
            throw new InvalidFieldException("token", "member.token.used");
        }
        if (!token.isUsable(clock.instant())) {
            throw new InvalidFieldException("token", "member.token.expired");
        }
        if (!members.claimToken(token.id(), clock.instant())) {
            throw new InvalidFieldException("token", "member.token.used"); // used by a concurrent request
        }
        return token;
    }

    private static boolean isImage(byte[] bytes, String type) {
        if ("image/webp".equals(type)) {
            return bytes.length > 12 && new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RIFF")
                    && new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP");
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private String link(String pathAndQuery) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + pathAndQuery;
    }
}
