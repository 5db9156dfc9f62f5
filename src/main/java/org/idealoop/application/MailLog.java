package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.mail.MailOutbox;
import org.idealoop.domain.member.Role;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * What the install mailed, for admins of installs whose mail goes to a local catcher (demo and test
 * installs: {@value IdealoopConfig#MAIL_SHOW_TO_ADMIN}). Elsewhere mail holds reset links and stays out
 * of the app.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MailLog {

    public static final int PAGE_SIZE = 25;

    @Inject
    MailOutbox outbox;

    @Inject
    CurrentMember currentMember;

    @Inject
    @ConfigProperty(name = IdealoopConfig.MAIL_SHOW_TO_ADMIN)
    boolean shown;

    public boolean isShown() {
        return shown;
    }

    /** Mails whose recipient or subject contains the text, newest first. */
    public Paged<MailOutbox.QueuedMail> page(String text, Integer page) {
        requireShown();
        if (text != null && text.length() > 500) {
            throw new InvalidFieldException("q", "search.q.length");
        }
        int number = Paged.number(page);
        return Paged.of(outbox.search(text, (number - 1) * PAGE_SIZE, PAGE_SIZE + 1), number, PAGE_SIZE);
    }

    public MailOutbox.QueuedMail get(long id) {
        requireShown();
        return outbox.find(id).orElseThrow(() -> new NotFoundException("mail " + id));
    }

    private void requireShown() {
        currentMember.requireRole(Role.ADMIN);
        if (!shown) {
            throw new ForbiddenException("admin.mail.hidden");
        }
    }
}
