package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.ConflictException;
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
import org.idealoop.domain.member.TokenPurpose;
import org.idealoop.domain.moderation.RateLimiter;

/**
 * Accounts: sign up, verify the address, reset or change the password, change the address, delete the account.
 * Avatars, personal API tokens, following staff and the admins' management of members have services of their
 * own ({@link AvatarService}, {@link PersonalTokenService}, {@link StaffFollowService}, {@link MemberAdminService}).
 */
@ApplicationScoped
@Transactional
public class MemberService {

    private static final Logger LOG = Logger.getLogger(MemberService.class.getName());

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

    private String link(String pathAndQuery) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + pathAndQuery;
    }
}
