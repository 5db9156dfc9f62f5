package org.idealoop.interfaces.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.idealoop.application.NotificationService;

/** /unsubscribe: the one-click link of notification mails; no sign-in needed, the signature is the proof. */
@Named
@RequestScoped
public class UnsubscribeBacking {

    @Inject
    NotificationService notifications;

    private String member;
    private String signature;
    private boolean done;

    public void load() {
        done = notifications.unsubscribe(member, signature);
    }

    public boolean isDone() {
        return done;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }
}
