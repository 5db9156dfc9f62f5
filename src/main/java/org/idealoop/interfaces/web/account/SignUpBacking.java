package org.idealoop.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    private String email;
    private String displayName;
    private String password;

    public boolean isVerificationRequired() {
        return currentMember.isVerificationRequired();
    }

    public void signUp() {
        try {
            Member member = members.signUp(email, displayName, password);
            Pages.info("signUp.done", member.displayName(), member.email().orElse(""));
            Pages.keepMessages();
            Pages.redirect("/sign-in");
        } catch (InvalidFieldException e) {
            Pages.fieldError("signUp", e);
        } catch (org.idealoop.domain.member.ThrottledException e) {
            Pages.throttled("signUp:email", e);
        }
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
}
