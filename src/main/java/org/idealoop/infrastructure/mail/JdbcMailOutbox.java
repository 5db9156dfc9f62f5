package org.idealoop.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.mail.MailOutbox;
import org.idealoop.domain.mail.OutgoingMail;
import org.idealoop.infrastructure.persistence.Like;

/** The mail_outbox table. Queuing joins the caller's transaction: the mail exists iff the change does. */
@ApplicationScoped
public class JdbcMailOutbox implements MailOutbox {

    private static final String SELECT = "SELECT id, recipient, subject, body, created_at, sent_at, attempts, last_error"
            + " FROM mail_outbox";

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
    public List<QueuedMail> search(String text, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE recipient LIKE ? OR subject LIKE ?"
                        + " ORDER BY id DESC LIMIT " + Math.max(1, limit) + " OFFSET " + Math.max(0, offset))
                .setParameter(1, Like.containing(text)).setParameter(2, Like.containing(text))
                .getResultList();
        return rows.stream().map(JdbcMailOutbox::mail).toList();
    }

    @Override
    public Optional<QueuedMail> find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE id = ?").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(JdbcMailOutbox::mail);
    }

    private static QueuedMail mail(Object[] row) {
        return new QueuedMail(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], ((Timestamp) row[4]).toInstant(),
                Optional.ofNullable((Timestamp) row[5]).map(Timestamp::toInstant),
                ((Number) row[6]).intValue(), Optional.ofNullable((String) row[7]));
    }
}
