package org.idealoop.domain.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A secret handed to a member (a link, a cookie or an API token). Only its SHA-256 hash is kept;
 * the secret itself is shown once and never stored.
 */
@Entity
@Table(name = "member_token")
@NamedQuery(name = "MemberToken.findByHash", query = "SELECT t FROM MemberToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "MemberToken.ofMember",
        query = "SELECT t FROM MemberToken t WHERE t.memberId = :memberId AND t.purpose = :purpose ORDER BY t.id")
@NamedQuery(name = "MemberToken.deleteOfMember",
        query = "DELETE FROM MemberToken t WHERE t.memberId = :memberId AND t.purpose IN :purposes")
public class MemberToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    private String name;

    @Column(name = "new_email")
    private String newEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected MemberToken() {
        // for JPA
    }

    public MemberToken(long memberId, TokenPurpose purpose, String tokenHash, Instant now) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.expiresAt = purpose.lifetime().map(now::plus).map(t -> t.truncatedTo(ChronoUnit.MICROS)).orElse(null);
    }

    public MemberToken named(String tokenName) {
        this.name = tokenName;
        return this;
    }

    public MemberToken forNewEmail(EmailAddress address) {
        this.newEmail = address.value();
        return this;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public void use(Instant now) {
        if (purpose.isSingleUse()) {
            usedAt = now.truncatedTo(ChronoUnit.MICROS);
        }
        lastUsedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> newEmail() {
        return Optional.ofNullable(newEmail);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }
}
