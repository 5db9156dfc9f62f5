package org.idealoop.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.idealoop.application.MemberService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.interfaces.web.Pages;

@Named
@RequestScoped
public class ResetPasswordBacking {

    @Inject
    MemberService members;

    private String token;
    private String password;

    public void reset() {
        try {
            members.resetPassword(token, password);
            Pages.info("reset.done");
            Pages.keepMessages();
            Pages.redirect("/sign-in");
        } catch (InvalidFieldException e) {
            Pages.fieldError("reset", e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
