package org.idealoop.domain.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A person with an account. Deleted members keep their id, so their content stays attributed. */
@Entity
@Table(name = "member")
@NamedQuery(name = "Member.findByEmail", query = "SELECT m FROM Member m WHERE m.email = :email")
@NamedQuery(name = "Member.findByOidcSubject", query = "SELECT m FROM Member m WHERE m.oidcSubject = :subject")
@NamedQuery(name = "Member.withRole",
        query = "SELECT DISTINCT m FROM Member m JOIN m.roles r WHERE r = :role AND m.deletedAt IS NULL")
@NamedQuery(name = "Member.search", query = "SELECT DISTINCT m FROM Member m JOIN m.roles r WHERE r = :role"
        + " AND m.deletedAt IS NULL AND m.disabled = false"
        + " AND (LOWER(m.displayName) LIKE :text OR LOWER(m.email) LIKE :text) ORDER BY m.displayName")
public class Member {

    public static final String FORMER_MEMBER = "former member";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "oidc_subject")
    private String oidcSubject;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    private boolean disabled;

    /** The member's language (a {@link Language} tag); null when not chosen. */
    private String language;

    /** The member's time zone (an IANA id such as Europe/Berlin); null when not chosen. */
    @Column(name = "time_zone")
    private String timeZone;

    /** Set by moderators: until then the member can read but not post, comment, vote or flag. */
    @Column(name = "suspended_until", insertable = false, updatable = false)
    private Instant suspendedUntil;

    /** Set by a ban (which also disables the account); cleared when a moderator lifts it. */
    @Column(name = "banned_at", insertable = false, updatable = false)
    private Instant bannedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected Member() {
        // for JPA
    }

    private Member(EmailAddress email, DisplayName displayName, Instant createdAt) {
        this.email = email.value();
        this.displayName = displayName.value();
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        this.roles.add(Role.MEMBER);
    }

    /** A new member with a local password (already hashed). */
    public static Member signUp(EmailAddress email, DisplayName displayName, String passwordHash, Instant now) {
        Member member = new Member(email, displayName, now);
        member.passwordHash = passwordHash;
        return member;
    }

    /** A new member known through single sign-on; verified when the provider vouches for the address. */
    public static Member fromSingleSignOn(EmailAddress email, DisplayName displayName, String subject,
                                          boolean emailVerified, Instant now) {
        Member member = new Member(email, displayName, now);
        member.oidcSubject = subject;
        member.emailVerifiedAt = emailVerified ? member.createdAt : null;
        return member;
    }

    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now.truncatedTo(ChronoUnit.MICROS);
        }
    }

    public void changeEmail(EmailAddress newEmail, Instant now) {
        this.email = newEmail.value();
        this.emailVerifiedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void rename(DisplayName newName) {
        this.displayName = newName.value();
    }

    /** Chooses the language of the member's pages and mail, and the zone their dates are shown in (null: not chosen). */
    public void choose(Language newLanguage, ZoneId newZone) {
        this.language = newLanguage == null ? null : newLanguage.tag();
        this.timeZone = newZone == null ? null : newZone.getId();
    }

    public Optional<Language> language() {
        return Language.of(language);
    }

    public Optional<ZoneId> timeZone() {
        try {
            return timeZone == null ? Optional.empty() : Optional.of(ZoneId.of(timeZone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public void linkSingleSignOn(String subject) {
        this.oidcSubject = subject;
    }

    /** Keeps the row (content stays attributed) but removes everything that identifies the person. */
    public void delete(Instant now) {
        email = null;
        displayName = FORMER_MEMBER;
        passwordHash = null;
        oidcSubject = null;
        deletedAt = now.truncatedTo(ChronoUnit.MICROS);
        roles.clear();
    }

    public void disable() {
        disabled = true;
    }

    public void enable() {
        disabled = false;
    }

    /** Replaces the roles; every member keeps {@link Role#MEMBER}. */
    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        roles.add(Role.MEMBER);
    }

    public Long id() {
        return id;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Optional<String> oidcSubject() {
        return Optional.ofNullable(oidcSubject);
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isDisabled() {
        return disabled;
    }

    /** Can sign in and act: neither deleted nor disabled. */
    public boolean isSuspended(Instant now) {
        return suspendedUntil != null && suspendedUntil.isAfter(now);
    }

    public java.util.Optional<Instant> suspendedUntil() {
        return java.util.Optional.ofNullable(suspendedUntil);
    }

    public boolean isBanned() {
        return bannedAt != null;
    }

    /** Where the account stands, for the admins' list: the strongest of its states wins. */
    public MemberState state(Instant now) {
        if (isDeleted()) {
            return MemberState.DELETED;
        }
        if (isBanned()) {
            return MemberState.BANNED;
        }
        if (disabled) {
            return MemberState.DISABLED;
        }
        if (isSuspended(now)) {
            return MemberState.SUSPENDED;
        }
        return isEmailVerified() ? MemberState.ACTIVE : MemberState.UNVERIFIED;
    }

    public boolean isActive() {
        return deletedAt == null && !disabled;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public String initials() {
        return DisplayName.initials(displayName);
    }
}
