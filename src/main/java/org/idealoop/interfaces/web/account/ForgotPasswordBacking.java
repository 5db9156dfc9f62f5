package org.idealoop.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.idealoop.application.MemberService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.interfaces.web.Pages;

@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    MemberService members;

    private String email;

    public void send() {
        try {
            members.requestPasswordReset(email);
            Pages.info("forgot.done");
            email = null;
        } catch (InvalidFieldException e) {
            Pages.fieldError("forgot", e);
        } catch (org.idealoop.domain.member.ThrottledException e) {
            Pages.throttled("forgot:email", e);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
