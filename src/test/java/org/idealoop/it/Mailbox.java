package org.idealoop.it;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idealoop.embedded.EmbeddedServices;

/** The mail the application sent to the SMTP catcher (GreenMail) of the test run. */
final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    /** The newest mail to the address whose subject contains the text; waits for it to arrive. */
    static Received await(String recipient, String subjectContains) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do {
            Optional<Received> found = newest(recipient, subjectContains);
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No mail to " + recipient + " about '" + subjectContains + "' within 30 s");
    }

    static long count(String recipient) {
        return Arrays.stream(EmbeddedServices.mail().getReceivedMessages()).filter(m -> to(m, recipient)).count();
    }

    private static Optional<Received> newest(String recipient, String subjectContains) {
        MimeMessage[] messages = EmbeddedServices.mail().getReceivedMessages();
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage message = messages[i];
            try {
                if (to(message, recipient) && message.getSubject().contains(subjectContains)) {
                    return Optional.of(new Received(message.getSubject(), text(message)));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    /** The body as the reader sees it: decoded from quoted-printable when it has accents. */
    private static String text(MimeMessage message) throws MessagingException {
        try {
            return message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (java.io.IOException e) {
            return GreenMailUtil.getBody(message);
        }
    }

    private static boolean to(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Received(String subject, String body) {

        /** The token of the link in the mail. */
        String token() {
            Matcher matcher = TOKEN.matcher(body.replace("=\r\n", "").replace("=\n", ""));
            if (!matcher.find()) {
                throw new AssertionError("No link with a token in: " + body);
            }
            return matcher.group(1);
        }

        /** The link in the mail, path and query only (the host is the test's own). */
        String linkPath() {
            Matcher matcher = Pattern.compile("https?://[^/\\s]+/(\\S+)").matcher(body.replace("=\r\n", "").replace("=\n", ""));
            if (!matcher.find()) {
                throw new AssertionError("No link in: " + body);
            }
            return matcher.group(1);
        }
    }
}
