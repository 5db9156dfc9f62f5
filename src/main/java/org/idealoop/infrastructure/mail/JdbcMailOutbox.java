package org.idealoop.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.mail.MailOutbox;
import org.idealoop.domain.mail.OutgoingMail;

/** The mail_outbox table. Queuing joins the caller's transaction: the mail exists iff the change does. */
@ApplicationScoped
public class JdbcMailOutbox implements MailOutbox {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public void queue(OutgoingMail mail) {
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, mail.recipient())
                .setParameter(2, mail.subject())
                .setParameter(3, mail.body())
                .setParameter(4, now)
                .setParameter(5, now)
                .executeUpdate();
    }

    @Override
    public List<QueuedMail> newest(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, recipient, subject, body, created_at, sent_at,"
                        + " attempts, last_error FROM mail_outbox ORDER BY id DESC LIMIT " + Math.max(1, limit))
                .getResultList();
        List<QueuedMail> mails = new ArrayList<>();
        for (Object[] row : rows) {
            mails.add(new QueuedMail(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], ((Timestamp) row[4]).toInstant(),
                    Optional.ofNullable((Timestamp) row[5]).map(Timestamp::toInstant),
                    ((Number) row[6]).intValue(), Optional.ofNullable((String) row[7])));
        }
        return mails;
    }
}
