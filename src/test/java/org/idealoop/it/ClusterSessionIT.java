package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.idealoop.embedded.EmbeddedMariaDb;
import org.idealoop.embedded.EmbeddedServices;
import org.idealoop.embedded.PayaraMicro;
import org.idealoop.embedded.Processes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances of Idealoop clustered on loopback through Payara's data grid (Hazelcast), both on the
 * suite's database and search index (issue #19): a member signed in by cookie on one instance is signed in on the
 * other, what is done through one is seen through the other at once, and a session outlives the instance that made
 * it. The instances are started in parallel and ended by SIGKILL.
 */
class ClusterSessionIT {

    private final Path dir = Paths.get(System.getProperty("idealoop.it.dir", "target/it"), "cluster-" + Words.unique())
            .toAbsolutePath();
    private final List<PayaraMicro> instances = new ArrayList<>();
    private URI a;
    private URI b;

    @BeforeEach
    void twoClusteredInstances() throws Exception {
        Files.createDirectories(dir);
        // The suite's schema, brought up to date once before both instances start, so they do not race to migrate
        // a fresh database (a no-op when the suite's Payara migrated it already).
        Flyway.configure().dataSource("jdbc:mariadb://127.0.0.1:" + EmbeddedServices.mariaDb().port() + "/"
                + EmbeddedMariaDb.DATABASE, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
                .locations("classpath:db/migration").load().migrate();
        int[] http = {freePort(), freePort()};
        int[] grid = {freePort(), freePort()};
        String cluster = "idealoop-it-" + Words.unique();
        Path micro = Paths.get(System.getProperty("idealoop.tools.dir", "target/tools"), "payara-micro.jar")
                .toAbsolutePath();
        Path war = Paths.get(System.getProperty("idealoop.war", "target/idealoop.war")).toAbsolutePath();
        for (int i = 0; i < 2; i++) {
            String name = i == 0 ? "a" : "b";
            // The suite's environment (database, search, mail) is inherited: both instances share its data. On a
            // fresh database only A makes the first admin (both at once would race for the same address).
            Map<String, String> environment = new HashMap<>(Map.of("IDEALOOP_BASE_URL", "http://localhost:" + http[0]));
            if (i == 1) {
                environment.put("IDEALOOP_ADMIN_EMAIL", "");
            }
            instances.add(PayaraMicro.start(micro, war, http[i], dir.resolve(name + "-root"), environment,
                    ProcessBuilder.Redirect.to(dir.resolve(name + ".log").toFile()),
                    new PayaraMicro.Cluster(cluster, name, grid[i], List.of(grid[0], grid[1]))));
        }
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> ready = new ArrayList<>();
            for (PayaraMicro instance : instances) {
                ready.add(starting.submit(() -> {
                    instance.awaitReady(Duration.ofMinutes(3));
                    return null;
                }));
            }
            for (Future<?> each : ready) {
                each.get();
            }
        } finally {
            starting.shutdownNow();
        }
        a = URI.create("http://localhost:" + http[0] + "/");
        b = URI.create("http://localhost:" + http[1] + "/");
        awaitTwoMembers();
    }

    @AfterEach
    void stopBoth() throws Exception {
        for (PayaraMicro instance : instances) {
            instance.crash();
        }
    }

    @Test
    void aSessionMadeOnOneInstanceIsKnownToTheOtherAndOutlivesIt() throws Exception {
        Members.TestMember nora = Members.verified(new Api(a.toURL()), "Nora Node");
        Members.TestMember ben = Members.verified(new Api(b.toURL()), "Ben Balanced");
        long idea = new Api(a.toURL()).as(ben.token()).postIdea("Shared sessions " + Words.unique(), "");

        SessionBrowser noraBrowser = new SessionBrowser();
        noraBrowser.signIn(a, nora.email(), nora.password());
        JsonObject onA = noraBrowser.me(a);
        JsonObject onB = noraBrowser.me(b);
        assertEquals(nora.id(), onA.getJsonNumber("id").longValue());
        assertEquals(nora.id(), onB.getJsonNumber("id").longValue(), "signed in on A, signed in on B");
        assertEquals(onA.getString("csrfToken"), onB.getString("csrfToken"), "one session, one CSRF token");

        SessionBrowser benBrowser = new SessionBrowser();
        benBrowser.signIn(b, ben.email(), ben.password());
        assertEquals(ben.id(), benBrowser.me(a).getJsonNumber("id").longValue(), "signed in on B, signed in on A");

        HttpResponse<String> vote = noraBrowser.send(a, "PUT", "api/v1/ideas/" + idea + "/vote",
                "{\"direction\":\"up\"}", onB.getString("csrfToken"));
        assertEquals(200, vote.statusCode(), vote.body());
        JsonObject seenOnB = json(noraBrowser.send(b, "GET", "api/v1/ideas/" + idea, null, null));
        assertEquals(1, seenOnB.getInt("upVotes"), "the vote on A is seen through B at once");
        assertEquals("up", seenOnB.getString("myVote"), "B knows whose vote it is");

        // A page's view state (and its view-scoped beans) made on A, its form posted to B, as a load balancer
        // without sticky sessions would: B restores the view from the data grid and posts the idea.
        String title = "Posted through the other instance " + Words.unique();
        HttpResponse<String> posted = noraBrowser.postIdeaFrom(a, b, title);
        assertEquals(200, posted.statusCode(), posted.body());
        assertFalse(posted.body().contains("<error>"), posted.body());
        // Read back by the API, newest first: on the home page's default (hot) order, other tests' voted ideas may
        // push a new idea off the first page.
        assertTrue(noraBrowser.send(b, "GET", "api/v1/ideas?sort=new&limit=100", null, null).body().contains(title),
                "the idea posted through B is stored");

        SessionBrowser cara = new SessionBrowser();
        Members.TestMember caraMember = Members.verified(new Api(a.toURL()), "Cara Crash");
        cara.signIn(a, caraMember.email(), caraMember.password()); // B has never served this session

        instances.get(0).crash();

        assertEquals(caraMember.id(), cara.me(b).getJsonNumber("id").longValue(),
                "a session only A served outlives A");
        assertEquals(nora.id(), noraBrowser.me(b).getJsonNumber("id").longValue(), "A is gone; B still knows the session");
        HttpResponse<String> voteOnB = noraBrowser.send(b, "PUT", "api/v1/ideas/" + idea + "/vote",
                "{\"direction\":\"down\"}", onA.getString("csrfToken"));
        assertEquals(200, voteOnB.statusCode(), "the session's CSRF token survives too: " + voteOnB.body());
        assertEquals(ben.id(), benBrowser.me(b).getJsonNumber("id").longValue());
        for (String name : List.of("a", "b")) {
            String log = Files.readString(dir.resolve(name + ".log"), StandardCharsets.ISO_8859_1);
            assertTrue(!log.contains("Cannot serialize session attribute") && !log.contains("NotSerializableException"),
                    "every session attribute is serializable (" + name + ".log)");
        }
    }

    /** Both logs say the data grid has two members: they found each other (TCP/IP discovery on loopback). */
    private void awaitTwoMembers() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (String name : List.of("a", "b")) {
            Path log = dir.resolve(name + ".log");
            while (!Files.readString(log, StandardCharsets.ISO_8859_1).contains("DG Size: 2")) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Instance " + name + " never saw two data-grid members\n"
                            + Processes.tail(log, 60));
                }
                Thread.sleep(250);
            }
        }
    }

    private static JsonObject json(HttpResponse<String> reply) {
        assertEquals(200, reply.statusCode(), reply.body());
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
