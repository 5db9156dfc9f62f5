package org.idealoop.interfaces.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.idealoop.application.NotificationService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Slug;
import org.idealoop.domain.notification.Notification;
import org.idealoop.interfaces.web.Pages;

/** The bell in the header and /notifications: what happened to followed ideas, and e-mail settings. */
@Named
@RequestScoped
public class NotificationsBacking {

    @Inject
    NotificationService notifications;

    private Integer unread;
    private List<Notification> items;
    private String email;

    public int getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    public List<Notification> getItems() {
        if (items == null) {
            items = notifications.mine(50);
        }
        return items;
    }

    public String path(Notification n) {
        return Slug.path(n.event().ideaNumber(), n.ideaTitle());
    }

    public void markAllRead() {
        notifications.markRead(List.of());
        unread = null;
        items = null;
    }

    public String getEmail() {
        if (email == null) {
            email = notifications.emailFrequency().id();
        }
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void saveEmail() {
        try {
            notifications.setEmailFrequency(email);
            Pages.info("notifications.email.saved");
        } catch (InvalidFieldException e) {
            Pages.error(e.messageKey());
        }
    }
}
