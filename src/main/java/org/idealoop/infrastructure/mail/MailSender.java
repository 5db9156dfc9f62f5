package org.idealoop.infrastructure.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * sent, and marked sent in the same transaction; on failure it is retried with backoff. An SMTP
 * outage delays mail; it never loses it, even across a restart.
 */
@Singleton
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    static final int BATCH = 100;

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

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

    public int send() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, recipient, subject, body, attempts FROM mail_outbox"
                        + " WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT " + BATCH
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(Instant.now()))
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Session session = session();
        int sent = 0;
        Transport transport = null;
        String unreachable = null;
        try {
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                try {
                    if (unreachable != null) { // the server refused this batch: the rest waits too
                        throw new MessagingException(unreachable);
                    }
                    if (transport == null) { // one connection for the batch
                        Transport connecting = session.getTransport("smtp");
                        try {
                            connecting.connect();
                        } catch (MessagingException refused) {
                            unreachable = "Mail server unreachable: " + refused.getMessage();
                            throw refused;
                        }
                        transport = connecting;
                    }
                    MimeMessage message = new StableIdMessage(session, "outbox-" + id);
                    message.setFrom(new InternetAddress(from));
                    message.setRecipient(Message.RecipientType.TO, new InternetAddress((String) row[1]));
                    message.setSubject((String) row[2], "UTF-8");
                    message.setText((String) row[3], "UTF-8");
                    message.setSentDate(new Date());
                    message.setHeader("Auto-Submitted", "auto-generated");
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                    em.createNativeQuery("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL"
                                    + " WHERE id = ?")
                            .setParameter(1, Timestamp.from(Instant.now()))
                            .setParameter(2, id)
                            .executeUpdate();
                    sent++;
                    if (outageLogged) {
                        LOG.info("Mail server reachable again; sending queued mail");
                        outageLogged = false;
                    }
                } catch (MessagingException | RuntimeException e) {
                    int attempts = ((Number) row[4]).intValue() + 1;
                    em.createNativeQuery("UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?"
                                    + " WHERE id = ?")
                            .setParameter(1, attempts)
                            .setParameter(2, Timestamp.from(Instant.now().plus(backoff(attempts))))
                            .setParameter(3, Retries.errorText(e.getMessage()))
                            .setParameter(4, id)
                            .executeUpdate();
                    if (!outageLogged) {
                        LOG.log(Level.WARNING, "Sending mail " + id + " failed; it stays queued and is retried", e);
                        outageLogged = true;
                    }
                    closeQuietly(transport); // a broken connection is not reused
                    transport = null;
                }
            }
        } finally {
            closeQuietly(transport);
        }
        return sent;
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
