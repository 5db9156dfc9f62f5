package org.idealoop.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.idealoop.application.MailLog;
import org.idealoop.application.Paged;
import org.idealoop.domain.mail.MailOutbox;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/mail: what the install mailed, for demo installs whose mail goes to a local catcher; 25 a
 * page, newest first, narrowed by recipient or subject, and {@code ?mail=ID} shows one mail alone. The
 * search and the page are query parameters, so every view is a link.
 */
@Named
@RequestScoped
public class MailBacking {

    @Inject
    MailLog log;

    private String q;
    private Integer page;
    private Long mail;
    private Paged<MailOutbox.QueuedMail> mails;
    private MailOutbox.QueuedMail selected;

    /** The view action: the one mail asked for (an unknown one is the 404 page), or a page of the list. */
    public void load() {
        if (!log.isShown()) {
            return;
        }
        if (mail != null) {
            selected = log.get(mail);
        } else {
            mails = log.page(q, page);
        }
    }

    public boolean isShown() {
        return log.isShown();
    }

    public Paged<MailOutbox.QueuedMail> getMails() {
        return mails;
    }

    public MailOutbox.QueuedMail getSelected() {
        return selected;
    }

    /** The link to another page of the same search. */
    public String pageLink(int number) {
        return ListLinks.searchPage("/admin/mail", q, number);
    }

    /** The link to one mail; its page leads back to this search. */
    public String mailLink(long id) {
        return ListLinks.item("/admin/mail", "mail", id, q, page);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Long getMail() {
        return mail;
    }

    public void setMail(Long mail) {
        this.mail = mail;
    }
}
