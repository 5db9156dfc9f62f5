package org.idealoop.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.NotSignedInException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;

/**
 * The member behind the current request, as Jakarta Security authenticated them: read through
 * {@link SignedInMembers}, so it is detached and read-only (a service that changes the member reads it
 * through the repository).
 */
@RequestScoped
public class CurrentMember {

    @Inject
    SecurityContext security;

    @Inject
    SignedInMembers signedIn;

    @Inject
    @ConfigProperty(name = "idealoop.members.verification-required", defaultValue = "true")
    boolean verificationRequired;

    @Inject
    jakarta.enterprise.inject.Instance<jakarta.servlet.http.HttpServletRequest> request;

    @Inject
    ClientAddresses addresses;

    private Member member;

    /** The client's address (behind trusted proxies), for per-address rate limits (null outside a request). */
    public String address() {
        try {
            return request.isResolvable() ? addresses.of(request.get()) : null;
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    public Optional<Long> id() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<Member> find() {
        if (member == null) {
            member = id().flatMap(signedIn::find).filter(Member::isActive).orElse(null);
        }
        return Optional.ofNullable(member);
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    public boolean hasRole(Role role) {
        return find().map(m -> m.hasRole(role)).orElse(false);
    }

    public Member require() {
        return find().orElseThrow(() -> new NotSignedInException("auth.required"));
    }

    public Member requireRole(Role role) {
        Member current = require();
        if (!current.hasRole(role)) {
            throw new ForbiddenException("auth.forbidden");
        }
        return current;
    }

    /** Posting and voting need a verified e-mail when the install says so. */
    public Member requireParticipant() {
        Member current = require();
        if (current.isSuspended(java.time.Instant.now())) {
            throw new ForbiddenException("member.suspended");
        }
        if (verificationRequired && !current.isEmailVerified()) {
            throw new ForbiddenException("member.verification.needed");
        }
        return current;
    }

    public boolean isVerificationRequired() {
        return verificationRequired;
    }
}
