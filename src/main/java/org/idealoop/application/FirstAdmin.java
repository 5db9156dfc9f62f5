package org.idealoop.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.member.DisplayName;
import org.idealoop.domain.member.EmailAddress;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.PasswordHasher;
import org.idealoop.domain.member.PasswordPolicy;
import org.idealoop.domain.member.Role;

/**
 * Creates the first admin from {@code IDEALOOP_ADMIN_EMAIL} and {@code IDEALOOP_ADMIN_PASSWORD} when
 * the install has no admin yet. There is no default admin password.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "idealoop.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "idealoop.admin.password")
    Optional<String> password;

    @Inject
    MemberRepository members;

    @Inject
    PasswordHasher hasher;

    @PostConstruct
    void create() {
        if (email.isEmpty() || password.isEmpty() || !members.withRole(Role.ADMIN).isEmpty()) {
            return;
        }
        EmailAddress address = new EmailAddress(email.get());
        PasswordPolicy.check("IDEALOOP_ADMIN_PASSWORD", password.get());
        Member admin = members.findByEmail(address).orElseGet(() -> members.add(Member.signUp(address,
                new DisplayName("Administrator"), hasher.hash(password.get()), Instant.now())));
        admin.verifyEmail(Instant.now());
        admin.assignRoles(EnumSet.of(Role.ADMIN));
        LOG.info(() -> "Member " + admin.id() + " is the first admin");
    }
}
