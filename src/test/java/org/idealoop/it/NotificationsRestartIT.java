package org.idealoop.it;

import static org.idealoop.it.NotificationsIT.aboutIdea;
import static org.idealoop.it.NotificationsIT.await;
import static org.idealoop.it.NotificationsIT.digestsTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.idealoop.domain.member.Role;
import org.idealoop.embedded.EmbeddedServices;
import org.idealoop.embedded.PayaraMicro;
import org.idealoop.embedded.Processes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing the loop survives crashes: Idealoop runs on a Payara Micro of its own (its own database,
 * search alias and SMTP server), a status change on an idea with 1,000 followers is made while the SMTP
 * server refuses connections, and the application is killed (SIGKILL, no shutdown) twice: once while
 * the notifications are being turned into mail, once while the mail is being handed to the SMTP
 * server. After the third start every follower has exactly one notification and, by their choice,
 * exactly one mail, one digest or none.
 *
 * <p>The suite's shared Payara cannot be restarted, hence a deployment of its own. A crash between
 * the SMTP server's accept and the commit that marks the mail sent can hand that one mail over again;
 * it then carries the same Message-ID, so the test counts distinct Message-IDs per recipient and allows
 * at most one such copy per crash.
 */
class NotificationsRestartIT {

    static final int FOLLOWERS = 1_000;
    static final int INSTANT = 800; // followers 200..999; 0..99 daily, 100..199 never
    static final Duration BOOT = Duration.ofMinutes(4);

    private final List<PayaraMicro> started = new ArrayList<>();
    /** Should the test JVM itself be stopped, its Payara Micro processes go with it. */
    private final Thread killer = new Thread(() -> started.forEach(app -> {
        try {
            app.crash();
        } catch (InterruptedException ignored) {
            // the JVM is going anyway
        }
    }));
    private final Path dir = Paths.get(System.getProperty("idealoop.it.dir", "target/it"), "restart-" + Words.unique())
            .toAbsolutePath();
    private final String database = "idealoop_restart_" + Words.unique();
    private final String alias = "restart-" + Words.unique();
    private String jdbcUrl;
    private GreenMail smtp;
    private int smtpPort;
    private int httpPort;

    @BeforeEach
    void ownDatabaseAndPorts() throws Exception {
        String server = "jdbc:mariadb://127.0.0.1:" + EmbeddedServices.mariaDb().port() + "/";
        Crowd.sqlOn(server, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        jdbcUrl = server + database;
        smtpPort = freePort();
        httpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp")); // not started: connections are refused
        Files.createDirectories(dir);
        Runtime.getRuntime().addShutdownHook(killer);
    }

    @AfterEach
    void removeDeploymentDatabaseAndIndex() {
        List<Runnable> steps = new ArrayList<>();
        for (PayaraMicro app : started) {
            steps.add(() -> {
                try {
                    app.crash();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        steps.add(() -> {
            if (smtp != null) {
                smtp.stop();
            }
        });
        steps.add(() -> {
            try {
                Crowd.sqlOn(jdbcUrl, "DROP DATABASE IF EXISTS " + database);
                for (String index : indicesOfAlias()) {
                    ReindexIT.elasticsearch("DELETE", "/" + index);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (Runnable step : steps) { // each step runs, whatever the others do
            try {
                step.run();
            } catch (RuntimeException e) {
                System.err.println("Restart test clean-up: " + e);
            }
        }
        Runtime.getRuntime().removeShutdownHook(killer);
    }

    @Test
    void aStatusChangeReachesEveryFollowerExactlyOnceAcrossTwoCrashesAndAnSmtpOutage() throws Exception {
        PayaraMicro first = start(1, true);
        Api api = new Api(new URL("http://localhost:" + httpPort + "/"));
        Api admin = api.as(Members.admin(api));
        String[] filing = Crowd.teamWithCategory(jdbcUrl);
        List<Crowd.CrowdMember> staff = Crowd.members(jdbcUrl, 2);
        Crowd.CrowdMember pm = staff.get(0);
        Crowd.CrowdMember author = staff.get(1);
        assertEquals(200, admin.putJson("api/v1/members/" + pm.id() + "/roles",
                Body.of("roles", List.of(Role.MEMBER, Role.PRODUCT_MANAGER))).status());
        assertEquals(204, admin.putJson("api/v1/teams/" + filing[0] + "/members/" + pm.id(), Body.of("owns", "")).status());
        String title = "Survives a crash " + Words.unique();
        Api.Reply posted = api.as(author.token()).postJson("api/v1/ideas", Body.of("title", title, "category", filing[1]));
        assertEquals(201, posted.status(), posted.body());
        long idea = posted.json().getJsonNumber("number").longValue();

        List<Crowd.CrowdMember> crowd = Crowd.members(jdbcUrl, FOLLOWERS);
        Crowd.sqlOn(jdbcUrl, "INSERT INTO idea_follow (idea_number, member_id, created_at) SELECT ?, id, NOW(6)"
                + " FROM member WHERE id BETWEEN ? AND ?", idea, crowd.get(0).id(), crowd.get(FOLLOWERS - 1).id());
        Crowd.sqlOn(jdbcUrl, "UPDATE member SET email_notifications = 'daily' WHERE id BETWEEN ? AND ?",
                crowd.get(0).id(), crowd.get(99).id());
        Crowd.sqlOn(jdbcUrl, "UPDATE member SET email_notifications = 'never' WHERE id BETWEEN ? AND ?",
                crowd.get(100).id(), crowd.get(199).id());

        Api.Reply changed = api.as(pm.token()).postJson("api/v1/ideas/" + idea + "/status",
                Body.of("status", "planned", "message", "Coming in the spring release."));
        assertEquals(200, changed.status(), changed.body());
        long event = changed.json().getJsonNumber("id").longValue();
        String mailsOfIdea = "FROM mail_outbox WHERE subject LIKE '#" + idea + " %'";
        await(() -> count("SELECT COUNT(*) " + mailsOfIdea + " AND attempts > 0") > 0,
                Duration.ofSeconds(60), "a first mail tried while the SMTP server refuses connections");
        first.crash(); // crash 1: notifications are being turned into mail, the SMTP server is down
        long queuedAtCrash = count("SELECT COUNT(*) " + mailsOfIdea);
        assertEquals(0, count("SELECT COUNT(*) " + mailsOfIdea + " AND sent_at IS NOT NULL"));

        smtp.start();
        PayaraMicro second = start(2, false); // watched by its mail: it sends as soon as it is deployed
        assertTrue(smtp.waitForIncomingEmail(BOOT.toMillis(), 150), "mail flows after the restart\n"
                + Processes.tail(dir.resolve("payara-2.log"), 60));
        second.crash(); // crash 2: mail is being handed to the SMTP server (not at a round number of mails)
        int receivedAtCrash = smtp.getReceivedMessages().length;
        assertTrue(receivedAtCrash < INSTANT + 1, "the second crash came while mail was going out");

        start(3, true);
        await(() -> distinctMessageIds(idea) >= INSTANT + 1, Duration.ofMinutes(2),
                "800 instant mails and the author's, after the crashes");
        Thread.sleep(3_000); // anything extra would arrive now
        assertEquals(INSTANT + 1, distinctMessageIds(idea), "distinct mails");

        assertEquals(FOLLOWERS + 1, count("SELECT COUNT(*) FROM notification WHERE event_id = " + event));
        assertEquals(FOLLOWERS + 1, count("SELECT COUNT(DISTINCT member_id) FROM notification WHERE event_id = " + event));
        assertEquals(INSTANT + 1, count("SELECT COUNT(*) " + mailsOfIdea), "one queued mail per notification to mail"
                + " (" + queuedAtCrash + " were queued at the first crash)");
        assertEquals(0, count("SELECT COUNT(*) " + mailsOfIdea + " AND sent_at IS NULL"));

        Map<String, Set<String>> byRecipient = messageIdsByRecipient(idea);
        System.out.printf("Restart test: %d of %d mails queued at the first crash, %d of %d received at the second,"
                + " %d received in all%n", queuedAtCrash, INSTANT + 1, receivedAtCrash, INSTANT + 1, aboutIdea(smtp, idea).size());
        for (int i = 0; i < FOLLOWERS; i++) {
            Set<String> ids = byRecipient.getOrDefault(crowd.get(i).email(), Set.of());
            assertEquals(i >= 200 ? 1 : 0, ids.size(), crowd.get(i).email() + " (follower " + i + ")");
        }
        assertEquals(1, byRecipient.get(author.email()).size());
        int copies = aboutIdea(smtp, idea).size() - (INSTANT + 1);
        assertTrue(copies >= 0 && copies <= 1, copies + " copies handed over again; at most the one in flight at"
                + " the second crash (" + receivedAtCrash + " mails had arrived then)");

        Api.Reply digests = admin.postJson("api/v1/admin/digests", "");
        assertEquals(202, digests.status(), digests.body());
        await(() -> digestsTo(smtp, crowd.subList(0, 100), title) == 100, Duration.ofSeconds(60),
                "100 digests");
        Thread.sleep(2_000);
        assertEquals(100, digestsTo(smtp, crowd.subList(0, 100), title), "one digest each");
        assertEquals(0, digestsTo(smtp, crowd.subList(100, 200), title), "none for those who chose never");

        JsonObject bell = api.as(crowd.get(500).token()).get("api/v1/me/notifications").json();
        assertEquals(1, bell.getInt("unread"));
        assertEquals("planned", bell.getJsonArray("items").getJsonObject(0).getString("to"));
    }

    private PayaraMicro start(int run, boolean awaitReady) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>();
        environment.put("IDEALOOP_DB_URL", jdbcUrl);
        environment.put("IDEALOOP_ES_INDEX", alias);
        environment.put("IDEALOOP_MAIL_HOST", "127.0.0.1");
        environment.put("IDEALOOP_MAIL_PORT", Integer.toString(smtpPort));
        environment.put("IDEALOOP_BASE_URL", "http://localhost:" + httpPort);
        Path log = dir.resolve("payara-" + run + ".log");
        PayaraMicro app = PayaraMicro.start(Paths.get(System.getProperty("idealoop.tools.dir", "target/tools"),
                        "payara-micro.jar").toAbsolutePath(),
                Paths.get(System.getProperty("idealoop.war", "target/idealoop.war")).toAbsolutePath(),
                httpPort, dir.resolve("payara-root"), environment, ProcessBuilder.Redirect.to(log.toFile()));
        started.add(app);
        if (!awaitReady) {
            return app;
        }
        try {
            app.awaitReady(BOOT);
        } catch (IllegalStateException e) {
            throw new AssertionError("Start " + run + " failed: " + e.getMessage() + "\n" + Processes.tail(log, 60), e);
        }
        return app;
    }

    private Map<String, Set<String>> messageIdsByRecipient(long idea) throws MessagingException {
        Map<String, Set<String>> ids = new HashMap<>();
        for (MimeMessage message : aboutIdea(smtp, idea)) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                ids.computeIfAbsent(to.toString().toLowerCase(), r -> new HashSet<>()).add(message.getMessageID());
            }
        }
        return ids;
    }

    private int distinctMessageIds(long idea) {
        try {
            return messageIdsByRecipient(idea).values().stream().mapToInt(Set::size).sum();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String query) {
        try {
            return Crowd.countOn(jdbcUrl, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The indices this deployment made (a wildcard delete is refused by Elasticsearch 8). */
    private Set<String> indicesOfAlias() throws Exception {
        JsonObject aliases = Json.createReader(new StringReader(ReindexIT.elasticsearch("GET", "/_alias/" + alias)))
                .readObject();
        return aliases.containsKey("error") ? Set.of() : aliases.keySet();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
