package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idealoop.domain.member.Role;
import org.idealoop.embedded.EmbeddedMariaDb;
import org.idealoop.embedded.EmbeddedServices;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Closing the loop at scale: a status change on an idea with 1,000 followers gives each exactly one
 * notification and, by their choice, exactly one mail (instant), a digest (daily) or none (never),
 * read from a real SMTP server that refused connections while the change was made.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    static final int FOLLOWERS = 1_000;
    static final Pattern UNSUBSCRIBE = Pattern.compile("unsubscribe\\?member=(\\d+)&signature=([0-9a-f]+)");

    @ArquillianResource
    URL base;

    @Test
    void aStatusChangeReachesEveryFollowerOnceEvenThroughAnSmtpOutage() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String[] filing = Crowd.teamWithCategory();
        Members.TestMember pm = Members.withRoles(api, "Nora Notifier", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + filing[0] + "/members/" + pm.id(), Body.of("owns", "")).status());
        Api.Reply posted = api.as(Members.verified(api, "Fay Follower").token())
                .postJson("api/v1/ideas", Body.of("title", "Loop closer " + Words.unique(), "category", filing[1]));
        long idea = posted.json().getJsonNumber("number").longValue();
        List<Crowd.CrowdMember> crowd = Crowd.members(FOLLOWERS);
        Map<String, String> preference = new HashMap<>();
        for (int i = 0; i < crowd.size(); i++) {
            preference.put(crowd.get(i).email(), i < 100 ? "daily" : i < 200 ? "never" : "instant");
        }
        Crowd.sql("INSERT INTO idea_follow (idea_number, member_id, created_at) SELECT ?, id, NOW(6) FROM member"
                + " WHERE id BETWEEN ? AND ?", idea, crowd.get(0).id(), crowd.get(crowd.size() - 1).id());
        Crowd.sql("UPDATE member SET email_notifications = 'daily' WHERE id BETWEEN ? AND ?",
                crowd.get(0).id(), crowd.get(99).id());
        Crowd.sql("UPDATE member SET email_notifications = 'never' WHERE id BETWEEN ? AND ?",
                crowd.get(100).id(), crowd.get(199).id());

        GreenMail smtp = EmbeddedServices.mail();
        smtp.stop(); // the SMTP server refuses connections from here on
        try {
            Api.Reply changed = new Api(base).as(pm.token()).postJson("api/v1/ideas/" + idea + "/status",
                    Body.of("status", "planned", "message", "Coming in the spring release."));
            assertEquals(200, changed.status(), changed.body());
            long event = changed.json().getJsonNumber("id").longValue();

            assertEquals(FOLLOWERS + 1, count("SELECT COUNT(*) FROM notification WHERE event_id = " + event));
            assertEquals(FOLLOWERS + 1, count("SELECT COUNT(DISTINCT member_id) FROM notification WHERE event_id = " + event));
            await(() -> count("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '#" + idea + " %' AND attempts > 0"
                    + " AND sent_at IS NULL") >= 800, Duration.ofSeconds(60), "mails tried while SMTP was down");
        } finally {
            smtp.start();
        }

        await(() -> received(idea).size() >= 801, Duration.ofSeconds(120), "800 instant mails and the author's");
        Thread.sleep(3_000); // anything extra would arrive now
        Map<String, Integer> mails = received(idea);
        for (Crowd.CrowdMember member : crowd) {
            int expected = "instant".equals(preference.get(member.email())) ? 1 : 0;
            assertEquals(expected, mails.getOrDefault(member.email(), 0), member.email() + " " + preference.get(member.email()));
        }
        assertEquals(801, mails.values().stream().mapToInt(Integer::intValue).sum(), "no duplicates");

        Api.Reply digests = admin.postJson("api/v1/admin/digests", "");
        assertEquals(202, digests.status(), digests.body());
        await(() -> digestsTo(crowd.subList(0, 100)) == 100, Duration.ofSeconds(60), "100 digests");
        assertEquals(0, digestsTo(crowd.subList(100, 200)));

        Crowd.CrowdMember reader = crowd.get(500);
        JsonObject bell = new Api(base).as(reader.token()).get("api/v1/me/notifications").json();
        assertEquals(1, bell.getInt("unread"));
        JsonObject item = bell.getJsonArray("items").getJsonObject(0);
        assertEquals(idea, item.getJsonNumber("idea").longValue());
        assertEquals("planned", item.getString("to"));
        assertEquals("Coming in the spring release.", item.getString("message"));
        assertEquals(0, new Api(base).as(reader.token()).postJson("api/v1/me/notifications/read", "{}").json().getInt("unread"));
    }

    @Test
    void theUnsubscribeLinkInTheMailTurnsMailOff() throws Exception {
        Api api = new Api(base);
        Members.TestMember follower = Members.verified(api, "Una Subscribe");
        long idea = api.as(follower.token()).postIdea("Unsubscribe check " + Words.unique(), "");
        Api admin = api.as(Members.admin(api));
        assertEquals(200, admin.postJson("api/v1/ideas/" + idea + "/status",
                Body.of("status", "under_review", "message", "Looking at it.")).status());
        Mailbox.Received mail = Mailbox.await(follower.email(), "#" + idea + " ");
        assertTrue(mail.body().contains("Looking at it."), mail.body());
        Matcher link = UNSUBSCRIBE.matcher(mail.body());
        assertTrue(link.find(), mail.body());

        assertTrue(api.get("unsubscribe?member=" + link.group(1) + "&signature="
                + (link.group(2).charAt(0) == '0' ? '1' : '0') + link.group(2).substring(1)).body()
                .contains("not valid"), "a forged signature does nothing");
        assertEquals("instant", api.as(follower.token()).get("api/v1/me/notification-settings").json().getString("email"));
        assertTrue(api.get("unsubscribe?member=" + link.group(1) + "&signature=" + link.group(2)).body()
                .contains("no more notification e-mails"));
        assertEquals("never", new Api(base).as(follower.token()).get("api/v1/me/notification-settings").json().getString("email"));
        IdeasApiIT.assertProblem(new Api(base).as(follower.token()).putJson("api/v1/me/notification-settings",
                Body.of("email", "hourly")), 400, "email");
    }

    private static Map<String, Integer> received(long idea) {
        Map<String, Integer> byRecipient = new HashMap<>();
        try {
            for (MimeMessage message : aboutIdea(EmbeddedServices.mail(), idea)) {
                for (var to : message.getRecipients(Message.RecipientType.TO)) {
                    byRecipient.merge(to.toString().toLowerCase(), 1, Integer::sum);
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return byRecipient;
    }

    /** The mails this SMTP server received about one idea (their subject starts with "#number "). */
    static List<MimeMessage> aboutIdea(GreenMail smtp, long idea) throws MessagingException {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject() != null && message.getSubject().startsWith("#" + idea + " ")) {
                mails.add(message);
            }
        }
        return mails;
    }

    private static long digestsTo(List<Crowd.CrowdMember> members) {
        return digestsTo(EmbeddedServices.mail(), members, "Loop closer");
    }

    /** How many of these members got a digest from this SMTP server, each mentioning {@code title}. */
    static long digestsTo(GreenMail smtp, List<Crowd.CrowdMember> members, String title) {
        Set<String> addresses = new HashSet<>();
        members.forEach(m -> addresses.add(m.email()));
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (message.getSubject() != null && message.getSubject().contains("updates on ideas you follow")
                        && addresses.contains(message.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase())) {
                    assertTrue(GreenMailUtil.getBody(message).contains(title));
                    count++;
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return count;
    }

    private static long count(String sql) {
        EmbeddedMariaDb db = EmbeddedServices.mariaDb();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(250);
        }
    }
}
