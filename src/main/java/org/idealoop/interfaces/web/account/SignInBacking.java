package org.idealoop.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.faces.context.FacesContext;
import org.idealoop.domain.NotSignedInException;
import org.idealoop.domain.member.ThrottledException;
import org.idealoop.interfaces.security.IdealoopAuthentication;
import org.idealoop.interfaces.web.Pages;

@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext security;

    private String email;
    private String password;
    private boolean remember;
    private String next;
    private String sso;

    public void signIn() {
        boolean noEmail = email == null || email.isBlank();
        boolean noPassword = password == null || password.isEmpty();
        if (noEmail || noPassword) { // said beside each empty field, and no failed attempt counted
            if (noEmail) {
                Pages.fieldError("signIn:email", "member.email.required");
            }
            if (noPassword) {
                Pages.fieldError("signIn:password", "signIn.password.required");
            }
            return;
        }
        AuthenticationStatus status = security.authenticate(Pages.request(), Pages.response(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email == null ? "" : email,
                                new Password(password == null ? "" : password)))
                        .rememberMe(remember)
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            Pages.redirect(Pages.safeNext(next));
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        Object failure = Pages.request().getAttribute(IdealoopAuthentication.FAILURE);
        if (failure instanceof ThrottledException throttled) {
            Pages.fieldError("signIn:email", "auth.throttled", (throttled.retryAfter().toSeconds() + 59) / 60);
        } else if (failure instanceof NotSignedInException notSignedIn) {
            Pages.fieldError("signIn:password", notSignedIn.messageKey());
        } else {
            Pages.fieldError("signIn:password", "auth.invalid");
        }
    }

    public boolean isSsoFailed() {
        return "failed".equals(sso);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isRemember() {
        return remember;
    }

    public void setRemember(boolean remember) {
        this.remember = remember;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getSso() {
        return sso;
    }

    public void setSso(String sso) {
        this.sso = sso;
    }
}
