package org.idealoop.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.application.CurrentMember;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.interfaces.security.IdealoopAuthentication;
import org.idealoop.interfaces.security.OidcSettings;

/** The header of every page: who is signed in, and signing out. */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    CurrentMember currentMember;

    @Inject
    IdealoopAuthentication authentication;

    @Inject
    OidcSettings oidc;

    @Inject
    @ConfigProperty(name = "idealoop.mail.show-to-admin")
    boolean showMail;

    public boolean isSignedIn() {
        return currentMember.isSignedIn();
    }

    public Member getMember() {
        return currentMember.find().orElse(null);
    }

    public boolean isAdmin() {
        return currentMember.hasRole(Role.ADMIN);
    }

    public boolean isMailShown() {
        return showMail && isAdmin();
    }

    public boolean isSingleSignOn() {
        return oidc.isEnabled();
    }

    public Optional<Long> memberId() {
        return currentMember.id();
    }

    public void signOut() {
        authentication.signOut(Pages.request(), Pages.response());
        Pages.redirect("/");
    }
}
