package org.idealoop.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.idealoop.application.MemberService;
import org.idealoop.application.Messages;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Member;
import org.idealoop.interfaces.web.Pages;

/** The link in a verification or e-mail change mail. */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    MemberService members;

    private String token;
    private String outcome;
    private boolean confirmed;

    public void confirm() {
        try {
            Member member = members.confirmLink(token);
            confirmed = true;
            outcome = Messages.text(Pages.locale(), "verify.done", member.email().orElse(""));
        } catch (InvalidFieldException e) {
            outcome = Messages.text(Pages.locale(), e.messageKey());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
