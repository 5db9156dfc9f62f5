package org.idealoop.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.idealoop.application.CurrentMember;
import org.idealoop.application.MemberService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Member;
import org.idealoop.interfaces.web.Pages;

@Named
@RequestScoped
public class SignUpBacking {

    @Inject
    MemberService members;

    @Inject
    CurrentMember currentMember;

    @Inject
    SecurityContext security;

    private String email;
    private String displayName;
    private String password;

    public boolean isVerificationRequired() {
        return currentMember.isVerificationRequired();
    }

    public void signUp() {
        if (!eachFieldValid()) {
            return;
        }
        try {
            Member member = members.signUp(email, displayName, password);
            signIn();
            Pages.info(isVerificationRequired() ? "signUp.done" : "signUp.done.demo",
                    member.displayName(), member.email().orElse(""));
            Pages.keepMessages();
            Pages.redirect("/me");
            FacesContext.getCurrentInstance().responseComplete();
        } catch (InvalidFieldException e) {
            Pages.fieldError("signUp", e);
        } catch (org.idealoop.domain.member.ThrottledException e) {
            Pages.throttled("signUp:email", e);
        }
    }

    /**
     * The new member is signed in at once, through the same mechanism as the sign-in page (a fresh
     * session id, a CSRF token). Should that fail (it does not, with the password just chosen), the
     * account page asks to sign in, and nothing is lost.
     */
    private void signIn() {
        security.authenticate(Pages.request(), Pages.response(), AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Every field's own rule at once, so a visitor sees all that is wrong after one submit, not one per submit. */
    private boolean eachFieldValid() {
        boolean valid = true;
        for (Runnable rule : java.util.List.<Runnable>of(() -> new org.idealoop.domain.member.EmailAddress(email),
                () -> new org.idealoop.domain.member.DisplayName(displayName),
                () -> org.idealoop.domain.member.PasswordPolicy.check("password", password))) {
            try {
                rule.run();
            } catch (InvalidFieldException e) {
                Pages.fieldError("signUp", e);
                valid = false;
            }
        }
        return valid;
    }
}
