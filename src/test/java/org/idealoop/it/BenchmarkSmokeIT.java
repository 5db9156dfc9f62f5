package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.idealoop.bench.BenchReport;
import org.idealoop.bench.BenchSettings;
import org.idealoop.bench.CommunityPlan;
import org.idealoop.bench.CommunitySize;
import org.idealoop.bench.Generate;
import org.idealoop.bench.IdealoopSimulation;
import org.idealoop.embedded.EmbeddedServices;
import org.idealoop.embedded.PayaraMicro;
import org.idealoop.embedded.Processes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data generator and the load benchmark run in the suite at a small size, against an Idealoop of their own
 * (own database, search alias and Payara Micro, rate limits raised as for a real run), so the suite's shared
 * data stays as the other tests expect. No timing is asserted: the generator's rows and counters are checked,
 * a second run completes an interrupted one without duplicating a row, the benchmark runs every scenario for a second and counts each acknowledged vote
 * exactly once, and the summary is written.
 */
class BenchmarkSmokeIT {

    static final String[] BENCH_PROPERTIES = {"idealoop.db.url", "idealoop.db.user", "idealoop.db.password",
        "bench.url", "bench.secret", "bench.out", "bench.duration", "bench.warmup", "bench.users", "bench.deep-pages"};

    private final Path dir = Paths.get(System.getProperty("idealoop.it.dir", "target/it"), "bench-" + Words.unique())
            .toAbsolutePath();
    private final String database = "idealoop_bench_" + Words.unique();
    private final String alias = "bench-" + Words.unique();
    private String jdbcUrl;
    private int httpPort;
    private PayaraMicro app;

    @BeforeEach
    void ownInstance() throws Exception {
        String server = "jdbc:mariadb://127.0.0.1:" + EmbeddedServices.mariaDb().port() + "/";
        Crowd.sqlOn(server, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        jdbcUrl = server + database;
        try (ServerSocket socket = new ServerSocket(0)) {
            httpPort = socket.getLocalPort();
        }
        Files.createDirectories(dir);
        Map<String, String> environment = new HashMap<>();
        environment.put("IDEALOOP_DB_URL", jdbcUrl);
        environment.put("IDEALOOP_ES_INDEX", alias);
        environment.put("IDEALOOP_BASE_URL", "http://localhost:" + httpPort);
        environment.put("IDEALOOP_RATE_VOTES", "1000000");
        environment.put("IDEALOOP_RATE_COMMENTS", "1000000");
        environment.put("IDEALOOP_RATE_EXEMPT_ADDRESSES", "local");
        app = PayaraMicro.start(Paths.get(System.getProperty("idealoop.tools.dir", "target/tools"), "payara-micro.jar")
                        .toAbsolutePath(), Paths.get(System.getProperty("idealoop.war", "target/idealoop.war")).toAbsolutePath(),
                httpPort, dir.resolve("payara-root"), environment, ProcessBuilder.Redirect.to(dir.resolve("payara.log").toFile()));
        app.awaitReady(Duration.ofMinutes(4));
        System.setProperty("idealoop.db.url", jdbcUrl);
        System.setProperty("idealoop.db.user", "idealoop");
        System.setProperty("idealoop.db.password", "idealoop");
        System.setProperty("bench.url", "http://localhost:" + httpPort);
        System.setProperty("bench.secret", "smoke-" + Words.unique());
        System.setProperty("bench.out", dir.resolve("bench").toString());
    }

    @AfterEach
    void removeInstance() throws Exception {
        for (String key : BENCH_PROPERTIES) {
            System.clearProperty(key);
        }
        try {
            if (app != null) {
                app.crash();
            }
        } finally {
            Crowd.sqlOn(jdbcUrl, "DROP DATABASE IF EXISTS " + database);
            JsonObject aliases = Json.createReader(new StringReader(ReindexIT.elasticsearch("GET", "/_alias/" + alias)))
                    .readObject();
            if (!aliases.containsKey("error")) {
                for (String index : aliases.keySet()) {
                    ReindexIT.elasticsearch("DELETE", "/" + index);
                }
            }
        }
    }

    @Test
    void aSmallCommunityIsGeneratedOnceAndTheBenchmarkCountsEveryAcknowledgedVoteOnce() throws Exception {
        System.setProperty("bench.duration", "1");
        System.setProperty("bench.warmup", "0");
        System.setProperty("bench.users", "2");
        System.setProperty("bench.deep-pages", "5");
        IllegalStateException refused = assertThrows(IllegalStateException.class, IdealoopSimulation::new);
        assertTrue(refused.getMessage().startsWith("Not seeded: "), refused.getMessage());

        CommunitySize size = new CommunitySize(60, 300, 3_000, 600, 20, 60);
        Generate.Outcome first = new Generate(BenchSettings.fromSystem(), size, quiet()).run();
        assertEquals(0, first.countersRepaired(), "counters written right the first time");
        Map<String, Long> rows = counts();
        assertEquals(61, rows.get("member"), "60 members and the bench admin");
        assertEquals(300, rows.get("idea"));
        assertEquals(3_000, rows.get("vote"));
        assertEquals(600, rows.get("comment"));
        assertEquals(20, rows.get("story"));
        assertEquals(60, rows.get("rating"));
        assertEquals(0, rows.get("wrong counters"), "every idea's counters equal its rows");
        assertEquals(300, searchHits(), "every idea is in the search index");

        // As if the first run had been stopped (Ctrl-C) in the middle: the newest votes, comments and ratings are missing.
        long base = CommunityPlan.BASE;
        Crowd.sqlOn(jdbcUrl, "DELETE FROM vote WHERE idea_number > " + (base + 250));
        Crowd.sqlOn(jdbcUrl, "DELETE FROM comment WHERE id > " + (base + 450) + " ORDER BY id DESC");
        Crowd.sqlOn(jdbcUrl, "DELETE FROM rating_current WHERE rating_id > " + (base + 40));
        Crowd.sqlOn(jdbcUrl, "DELETE FROM rating WHERE id > " + (base + 40));
        assertTrue(counts().get("vote") < 3_000 && counts().get("comment") == 450 && counts().get("rating") == 40);
        new Generate(BenchSettings.fromSystem(), size, quiet()).run();
        assertEquals(rows, counts(), "the second run completes the first and duplicates nothing");

        int exit = gatling();
        assertEquals(0, exit, "Gatling's exit code\n" + Processes.tail(dir.resolve("gatling.log"), 60));
        String summary = BenchReport.write(dir.resolve("bench"), "http://localhost:" + httpPort);
        assertTrue(Files.exists(dir.resolve("bench/summary.md")));
        for (String scenario : List.of("home page", "idea page", "api list page 1", "api deep page", "vote", "comment",
                "search with facets", "similar while typing")) {
            assertTrue(summary.contains("| " + scenario + " | "), scenario + " in\n" + summary);
        }
        Properties votes = new Properties();
        votes.load(new StringReader(Files.readString(dir.resolve("bench/votes-check.properties"))));
        assertTrue(Long.parseLong(votes.getProperty("acknowledged")) > 0, "votes were acknowledged: " + votes);
        assertEquals("0", votes.getProperty("lost"));
        assertEquals("0", votes.getProperty("doubled"));
        assertEquals("0", votes.getProperty("ideasWithWrongCounters"));
        assertEquals(3_000 + Long.parseLong(votes.getProperty("acknowledged"))
                + Long.parseLong(votes.getProperty("unacknowledged")), counts().get("vote"));

        System.setProperty("bench.url", "http://localhost:" + freePort());
        refused = assertThrows(IllegalStateException.class, IdealoopSimulation::new);
        assertTrue(refused.getMessage().startsWith("Idealoop is not reachable at "), refused.getMessage());
    }

    /**
     * Gatling in a JVM of its own, as its Maven plugin runs it: it needs packages of java.base opened, which the
     * suite's JVM does not do. Same class path (failsafe's manifest jar), the bench settings as system properties.
     */
    private int gatling() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs")));
        for (String key : BENCH_PROPERTIES) {
            if (System.getProperty(key) != null) {
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling",
                "--simulation", IdealoopSimulation.class.getName(),
                "--results-folder", dir.resolve("bench/gatling").toString()));
        Process gatling = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("gatling.log").toFile()).start();
        if (!gatling.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
            gatling.destroyForcibly();
            return -1;
        }
        return gatling.exitValue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(java.io.OutputStream.nullOutputStream());
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "idealoop", "idealoop"); Statement s = db.createStatement()) {
            for (String table : List.of("member", "idea", "vote", "comment", "story", "rating", "rating_current",
                    "member_token")) {
                // member: the generated ones only (the install's first admin is there too)
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table
                        + ("member".equals(table) ? " WHERE id >= " + CommunityPlan.BASE : ""))) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM idea i WHERE up_votes <> (SELECT COUNT(*) FROM vote v"
                    + " WHERE v.idea_number = i.number AND direction = 'up') OR down_votes <> (SELECT COUNT(*) FROM vote v"
                    + " WHERE v.idea_number = i.number AND direction = 'down') OR score <> up_votes - down_votes"
                    + " OR comment_count <> (SELECT COUNT(*) FROM comment c WHERE c.idea_number = i.number)")) {
                r.next();
                counts.put("wrong counters", r.getLong(1));
            }
        }
        return counts;
    }

    private long searchHits() throws Exception {
        ReindexIT.elasticsearch("POST", "/" + alias + "/_refresh");
        JsonObject count = Json.createReader(new StringReader(ReindexIT.elasticsearch("GET", "/" + alias
                + "/_count?q=type:idea"))).readObject();
        return count.getJsonNumber("count").longValue();
    }
}
