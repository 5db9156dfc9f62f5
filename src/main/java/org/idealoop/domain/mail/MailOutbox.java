package org.idealoop.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Mail queued in the caller's transaction and sent later, with retries, by the mailer. */
public interface MailOutbox {

    void queue(OutgoingMail mail);

    /**
     * Mails whose recipient or subject contains the text (any case), newest first, a page at a time;
     * every mail when the text is empty. For the admins' view of the outbox.
     */
    List<QueuedMail> search(String text, int offset, int limit);

    Optional<QueuedMail> find(long id);

    record QueuedMail(long id, String recipient, String subject, String body, Instant createdAt,
                      Optional<Instant> sentAt, int attempts, Optional<String> lastError) {
    }
}
