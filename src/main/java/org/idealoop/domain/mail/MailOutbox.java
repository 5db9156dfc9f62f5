package org.idealoop.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Mail queued in the caller's transaction and sent later, with retries, by the mailer. */
public interface MailOutbox {

    void queue(OutgoingMail mail);

    /** The newest mails, sent or waiting, for the admins' view of the outbox. */
    List<QueuedMail> newest(int limit);

    record QueuedMail(long id, String recipient, String subject, String body, Instant createdAt,
                      Optional<Instant> sentAt, int attempts, Optional<String> lastError) {
    }
}
