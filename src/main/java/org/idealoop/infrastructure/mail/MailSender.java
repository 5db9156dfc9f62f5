package org.idealoop.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.infrastructure.config.IdealoopConfig;
import org.idealoop.infrastructure.config.Retries;

/**
 * Sends queued mail through SMTP (Jakarta Mail). Each mail is claimed with FOR UPDATE SKIP LOCKED,
 * sent, and marked sent in a transaction of its own; on failure it is retried with backoff. An SMTP
 * outage delays mail; it never loses it, even across a restart or a crash.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    static final int BATCH = 100;

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    @ConfigProperty(name = IdealoopConfig.MAIL_HOST)
    String host;

    @Inject
    @ConfigProperty(name = IdealoopConfig.MAIL_PORT)
    int port;

    @Inject
    @ConfigProperty(name = IdealoopConfig.MAIL_FROM)
    String from;

    @Inject
    @ConfigProperty(name = IdealoopConfig.MAIL_STARTTLS)
    boolean starttls;

    @Inject
    @ConfigProperty(name = IdealoopConfig.MAIL_USERNAME)
    Optional<String> username;

    @Inject
    @ConfigProperty(name = IdealoopConfig.MAIL_PASSWORD)
    Optional<String> password;

    private boolean outageLogged;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void sendOnSchedule() {
        send();
    }

    /**
     * Sends up to {@value #BATCH} due mails over one SMTP connection; returns how many were sent.
     * Each mail is claimed, handed to the server and marked sent in a transaction of its own, so a
     * crash can at most hand over again the one mail whose acceptance had not yet been committed (and
     * that copy carries the same Message-ID). When the server cannot be reached, the round's other due
     * mails are rescheduled together, in one transaction: nothing is sent on that path.
     */
    public int send() {
        Session session = null;
        Transport transport = null;
        int sent = 0;
        try {
            for (int i = 0; i < BATCH; i++) {
                boolean open = false;
                try {
                    transaction.begin();
                    open = true;
                    Object[] row = nextDue();
                    if (row == null) {
                        transaction.commit();
                        open = false;
                        break;
                    }
                    long id = ((Number) row[0]).longValue();
                    try {
                        if (transport == null) { // one connection for the round
                            session = session == null ? session() : session;
                            transport = connect(session);
                        }
                        MimeMessage message = message(session, id, (String) row[1], (String) row[2], (String) row[3]);
                        transport.sendMessage(message, message.getAllRecipients());
                    } catch (MessagingException | RuntimeException e) {
                        markFailed(id, ((Number) row[4]).intValue() + 1, e);
                        transaction.commit();
                        open = false;
                        if (transport == null) { // the server refused the connection: the rest waits too
                            postponeDue(BATCH - i - 1, e);
                            break;
                        }
                        closeQuietly(transport); // a broken connection is not reused
                        transport = null;
                        continue;
                    }
                    markSent(id);
                    transaction.commit();
                    open = false;
                    sent++;
                    if (outageLogged) {
                        LOG.info("Mail server reachable again; sending queued mail");
                        outageLogged = false;
                    }
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "The mail outbox could not be read or updated; trying again shortly", e);
                    break;
                } finally {
                    if (open) {
                        rollbackQuietly();
                    }
                }
            }
        } finally {
            closeQuietly(transport);
        }
        return sent;
    }

    /** The oldest due mail no other sender holds, locked until this transaction ends; null when none. */
    private Object[] nextDue() {
        List<Object[]> rows = due("id, recipient, subject, body, attempts", 1);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Up to {@code limit} due mails in the order of the due index, locked; rows of the given columns. */
    private List<Object[]> due(String columns, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + columns + " FROM mail_outbox"
                        + " WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT " + limit
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(Instant.now()))
                .getResultList();
        return rows;
    }

    /** Reschedules up to {@code limit} due mails after a refused connection, in one transaction. */
    private void postponeDue(int limit, Exception refused) throws Exception {
        if (limit <= 0) {
            return;
        }
        transaction.begin();
        try {
            for (Object[] row : due("id, attempts", limit)) { // no bodies: nothing is sent
                markFailed(((Number) row[0]).longValue(), ((Number) row[1]).intValue() + 1, refused);
            }
            transaction.commit();
        } finally {
            rollbackQuietly(); // only when the commit did not happen
        }
    }

    private static Transport connect(Session session) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect();
        return transport;
    }

    private MimeMessage message(Session session, long id, String recipient, String subject, String body)
            throws MessagingException {
        MimeMessage message = new StableIdMessage(session, "outbox-" + id);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        return message;
    }

    private void markSent(long id) {
        em.createNativeQuery("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                .setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, id)
                .executeUpdate();
    }

    private void markFailed(long id, int attempts, Exception e) {
        em.createNativeQuery("UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .setParameter(1, attempts)
                .setParameter(2, Timestamp.from(Instant.now().plus(backoff(attempts))))
                .setParameter(3, Retries.errorText(e.getMessage()))
                .setParameter(4, id)
                .executeUpdate();
        if (!outageLogged) {
            LOG.log(Level.WARNING, "Sending mail " + id + " failed; it stays queued and is retried", e);
            outageLogged = true;
        }
    }

    private void rollbackQuietly() {
        try {
            int status = transaction.getStatus();
            if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // the connection is gone; the database rolls back on its own
        }
    }

    private static void closeQuietly(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // nothing to do
            }
        }
    }

    /**
     * A message whose Message-ID comes from its outbox row: should a mail ever be handed to the
     * server twice (the application stopped between the server's accept and the commit), the
     * receiving side sees one message id and can drop the copy.
     */
    static final class StableIdMessage extends MimeMessage {

        private final String localPart;

        StableIdMessage(Session session, String localPart) {
            super(session);
            this.localPart = localPart;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + localPart + "@idealoop>");
        }
    }

    /** 2 s, 4 s, 8 s ... up to 5 minutes between attempts. */
    static Duration backoff(int attempts) {
        return Retries.backoff(attempts, Duration.ofSeconds(2), Duration.ofMinutes(5));
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(username.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }

}
