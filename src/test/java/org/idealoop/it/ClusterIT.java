package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.idealoop.domain.member.Role;
import org.idealoop.embedded.EmbeddedMariaDb;
import org.idealoop.embedded.LoopbackCluster;
import org.idealoop.embedded.Processes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #19 on loopback: three clustered Payara Micro instances behind nginx, two Elasticsearch data nodes (and a
 * voting-only third), a MariaDB primary and its replica ({@link LoopbackCluster}), started once for this class.
 * Each test leaves at least two application instances, the primary and one search data node running, which is all
 * any test needs, so they hold in any order: one kills the third instance (and starts it again), one stops the
 * first search node (the elected master), one the replica (and restarts the second instance without it).
 */
class ClusterIT {

    private static LoopbackCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        Path dir = Paths.get(System.getProperty("idealoop.it.dir", "target/it"), "loopback-" + Words.unique())
                .toAbsolutePath();
        // The suite's environment (mail catcher, admin, generous rate limits) is inherited; the cluster has its own
        // databases and search nodes. Members may vote before confirming their address (the burst's voters).
        cluster = LoopbackCluster.start(new LoopbackCluster.Options(3, dir,
                Paths.get(System.getProperty("idealoop.tools.dir", "target/tools")).toAbsolutePath(),
                Paths.get(System.getProperty("idealoop.war", "target/idealoop.war")).toAbsolutePath(),
                freePort(), Map.of("IDEALOOP_MEMBERS_VERIFICATION_REQUIRED", "false"), "256m"),
                line -> System.out.println("[ClusterIT] " + line));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void whatIsChangedThroughOneInstanceIsHonouredByAnotherAtOnce() throws Exception {
        Api a = new Api(new URL(cluster.instanceUrl(0)));
        Api b = new Api(new URL(cluster.instanceUrl(1)));

        // A personal token, known to B (its grant now in B's memory), revoked through A: B refuses it at once.
        Members.TestMember rita = Members.unverified(a, "Rita Revoker");
        Api.Reply created = a.as(rita.token()).postJson("api/v1/me/tokens", Body.of("name", "laptop"));
        assertEquals(201, created.status(), created.body());
        Api personalOnB = b.as(created.json().getString("token"));
        assertEquals(200, personalOnB.get("api/v1/me").status());
        assertEquals(200, personalOnB.get("api/v1/me").status());
        assertEquals(204, a.as(rita.token()).delete("api/v1/me/tokens/" + created.json().getJsonNumber("id")).status());
        // The eviction reaches B through the data grid's topic, which delivers a moment after A answered: within a
        // second here, against the 30 s B would otherwise keep the grant.
        assertEquals(401, personalOnB.await("api/v1/me", r -> r.status() == 401, Duration.ofSeconds(1)).status(),
                "revoked on A, refused by B within a second");

        // A team renamed through A: B's teams are in its memory for ten minutes, yet it shows the new name at once.
        Api adminA = a.as(Members.admin(a));
        Api.Reply team = adminA.postJson("api/v1/teams", Body.of("name", "Old Harbour " + Words.unique()));
        assertEquals(201, team.status(), team.body());
        String slug = team.json().getString("slug");
        assertTrue(b.get("api/v1/teams/" + slug).json().getString("name").startsWith("Old Harbour"));
        String renamed = "New Harbour " + Words.unique();
        assertEquals(200, adminA.send("PATCH", "api/v1/teams/" + slug, Body.of("name", renamed)).status());
        assertEquals(renamed, b.await("api/v1/teams/" + slug, r -> r.body().contains(renamed), Duration.ofSeconds(1))
                .json().getString("name"), "renamed on A, shown renamed by B within a second");

        // An idea hidden by a moderator through A is not served by B.
        Api moderatorA = a.as(Members.withRoles(a, "Mona Moderator", Role.MODERATOR).token());
        long idea = a.as(Members.unverified(a, "Hal Hidden").token()).postIdea("Soon hidden " + Words.unique(), "");
        assertEquals(200, b.get("api/v1/ideas/" + idea).status());
        assertEquals(200, moderatorA.postJson("api/v1/moderation/actions", Body.of("action", "hide", "type", "idea",
                "id", idea, "reason", "Spam")).status());
        assertEquals(404, b.get("api/v1/ideas/" + idea).status(), "hidden through A, gone from B at once");

        // A vote through A is counted on B within a second.
        long voted = a.as(Members.unverified(a, "Ivo Ideas").token()).postIdea("Counted everywhere " + Words.unique(), "");
        assertEquals(200, a.as(rita.token()).putJson("api/v1/ideas/" + voted + "/vote", Body.of("direction", "up")).status());
        Api.Reply seen = b.await("api/v1/ideas/" + voted, r -> r.status() == 200 && r.json().getInt("upVotes") == 1,
                Duration.ofSeconds(1));
        assertEquals(1, seen.json().getInt("upVotes"));
    }

    @Test
    void killingAnInstanceDuringABurstOfVotesLosesNoAcknowledgedVoteSignsNobodyOutAndItRejoins() throws Exception {
        URI balancer = URI.create(cluster.url());
        Api api = new Api(balancer.toURL());
        Members.TestMember author = Members.unverified(api, "Burst Author");
        List<Long> ideas = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ideas.add(api.as(author.token()).postIdea("Burst idea " + i + " " + Words.unique(), ""));
        }
        List<Members.TestMember> voters = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            voters.add(Members.unverified(api, "Burst Voter " + i));
        }
        // Twelve members signed in by cookie: the data grid spreads their sessions over the three instances, so
        // the instance to be killed owns some of them (and holds backups of others).
        Map<SessionBrowser, Long> signedIn = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            SessionBrowser browser = new SessionBrowser();
            Members.TestMember member = Members.unverified(api, "Sara Session " + i);
            browser.signIn(balancer, member.email(), member.password());
            assertEquals(member.id(), browser.me(balancer).getJsonNumber("id").longValue());
            signedIn.put(browser, member.id());
        }
        Members.TestMember sara = Members.unverified(api, "Sara Voter");

        // 2,000 votes (20 voters x 100 ideas) in random order through nginx from 16 threads; when 500 have been
        // acknowledged, the third instance is killed (SIGKILL: no shutdown, requests in flight cut off).
        record Ballot(long idea, long member, String direction) {
        }
        List<Ballot> ballots = new ArrayList<>();
        for (Members.TestMember voter : voters) {
            for (long idea : ideas) {
                ballots.add(new Ballot(idea, voter.id(), (idea + voter.id()) % 3 == 0 ? "down" : "up"));
            }
        }
        Collections.shuffle(ballots, new java.util.Random(19));
        Map<Long, String> tokens = voters.stream().collect(Collectors.toMap(Members.TestMember::id,
                Members.TestMember::token));
        Set<Ballot> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        java.util.concurrent.CountDownLatch halfway = new java.util.concurrent.CountDownLatch(500);
        ExecutorService burst = Executors.newFixedThreadPool(16);
        for (Ballot ballot : ballots) {
            burst.submit(() -> {
                try {
                    Api.Reply reply = api.as(tokens.get(ballot.member())).putJson("api/v1/ideas/" + ballot.idea() + "/vote",
                            Body.of("direction", ballot.direction()));
                    if (reply.status() == 200) {
                        acknowledged.add(ballot);
                        halfway.countDown();
                    } else {
                        refused.incrementAndGet();
                    }
                } catch (RuntimeException cutOff) {
                    refused.incrementAndGet();
                }
                answered.incrementAndGet();
            });
        }
        assertTrue(halfway.await(3, TimeUnit.MINUTES), "500 votes acknowledged within 3 minutes");
        cluster.instances().get(2).crash();
        int answeredAtKill = answered.get();
        burst.shutdown();
        assertTrue(burst.awaitTermination(5, TimeUnit.MINUTES), "the burst ends");
        System.out.println("[ClusterIT] burst: " + acknowledged.size() + " acknowledged, " + refused.get()
                + " refused or cut off, instance 3 killed after " + answeredAtKill + " answers");
        assertTrue(acknowledged.size() >= 1_900, "the two instances left took the rest of the burst: "
                + acknowledged.size() + " of 2,000 acknowledged");
        assertTrue(answeredAtKill < 2_000, "the instance was killed during the burst");

        Set<Ballot> stored = new HashSet<>();
        try (Connection sql = DriverManager.getConnection(cluster.primary().jdbcUrl(), EmbeddedMariaDb.USER,
                EmbeddedMariaDb.PASSWORD); Statement select = sql.createStatement();
             ResultSet rows = select.executeQuery("SELECT idea_number, member_id, direction FROM vote WHERE idea_number IN ("
                     + ideas.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")) {
            while (rows.next()) {
                stored.add(new Ballot(rows.getLong(1), rows.getLong(2), rows.getString(3)));
            }
        }
        Set<Ballot> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        assertEquals(Set.of(), lost, "every acknowledged vote is stored, as cast");
        try (Connection sql = DriverManager.getConnection(cluster.primary().jdbcUrl(), EmbeddedMariaDb.USER,
                EmbeddedMariaDb.PASSWORD); Statement select = sql.createStatement();
             ResultSet rows = select.executeQuery("SELECT COUNT(*) FROM idea i WHERE i.number IN ("
                     + ideas.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") AND i.up_votes + i.down_votes"
                     + " <> (SELECT COUNT(*) FROM vote v WHERE v.idea_number = i.number)")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "each idea's totals match its stored votes");
        }
        for (Map.Entry<SessionBrowser, Long> each : signedIn.entrySet()) {
            assertEquals(each.getValue(), each.getKey().me(balancer).getJsonNumber("id").longValue(),
                    "signed in before the kill, still signed in after it");
        }

        // The killed instance starts again and joins: it knows the sessions made before it died, and serves votes.
        cluster.restartInstance(2);
        URI rejoined = URI.create(cluster.instanceUrl(2));
        for (Map.Entry<SessionBrowser, Long> each : signedIn.entrySet()) {
            assertEquals(each.getValue(), each.getKey().me(rejoined).getJsonNumber("id").longValue(),
                    "an instance that joins knows the sessions of the others");
        }
        assertEquals(200, new Api(rejoined.toURL()).as(sara.token()).putJson("api/v1/ideas/" + ideas.get(0) + "/vote",
                Body.of("direction", "up")).status());
    }

    @Test
    void visitorsReadTheReplicaUntilItLagsOrStopsAndMembersAlwaysThePrimary() throws Exception {
        Api api = new Api(new URL(cluster.url()));
        Members.TestMember ruth = Members.unverified(api, "Ruth Replica");
        long before = api.as(ruth.token()).postIdea("Replicated idea " + Words.unique(), "");
        assertTrue(numbers(api.await("api/v1/ideas?sort=new&limit=50", r -> numbers(r).contains(before),
                Duration.ofSeconds(10))).contains(before), "the replica follows the primary");
        Thread.sleep(Duration.ofSeconds(5).toMillis()); // every instance has read the replica's heartbeat (each 2 s)

        // Replication stopped: at first the replica is only a moment behind, and visitors still read it.
        cluster.replica().run("STOP SLAVE");
        long behind = api.as(ruth.token()).postIdea("Not yet replicated " + Words.unique(), "");
        assertTrue(numbers(api.as(ruth.token()).get("api/v1/ideas?sort=new&limit=50")).contains(behind),
                "the author reads the primary: her new idea is in her very next list");
        assertFalse(numbers(api.get("api/v1/ideas?sort=new&limit=50")).contains(behind),
                "a visitor reads the replica, which has stopped following");
        // Once it is more than a few seconds behind, visitors read the primary.
        assertTrue(numbers(api.await("api/v1/ideas?sort=new&limit=50", r -> numbers(r).contains(behind),
                Duration.ofSeconds(20))).contains(behind), "a replica that fell behind is left for the primary");

        // Replication again: the replica catches up and is read again (shown by stopping it once more).
        cluster.replica().run("START SLAVE");
        Thread.sleep(Duration.ofSeconds(5).toMillis()); // two heartbeats read back on the caught-up replica
        cluster.replica().run("STOP SLAVE");
        long second = api.as(ruth.token()).postIdea("Behind once more " + Words.unique(), "");
        assertFalse(numbers(api.get("api/v1/ideas?sort=new&limit=50")).contains(second),
                "a replica that caught up serves visitors again");
        cluster.replica().run("START SLAVE");

        cluster.replica().close();
        long afterStop = api.as(ruth.token()).postIdea("Written with the replica down " + Words.unique(), "");
        for (int i = 0; i < 3; i++) {
            Api.Reply list = api.get("api/v1/ideas?sort=new&limit=50");
            assertEquals(200, list.status(), list.body());
            assertTrue(numbers(list).contains(afterStop), "with the replica down, a visitor's list comes from the primary");
        }
        Api.Reply feed = api.get("feeds/status-changes.atom");
        assertEquals(200, feed.status(), "the feed (a replica read) answers from the primary too: " + feed.body());

        // An instance that starts while the replica is down starts, and serves visitors from the primary.
        cluster.restartInstance(1);
        Api.Reply fromRestarted = new Api(new URL(cluster.instanceUrl(1))).get("api/v1/ideas?sort=new&limit=50");
        assertTrue(numbers(fromRestarted).contains(afterStop), fromRestarted.body());
    }

    @Test
    void searchKeepsAnsweringAndIndexingWhenTheMasterSearchNodeStops() throws Exception {
        Api api = new Api(new URL(cluster.url()));
        Api author = api.as(Members.unverified(api, "Nell Nodes").token());
        String word = "kestrel" + Words.unique().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        long first = author.postIdea("Two nodes " + word, "");
        assertTrue(searchFinds(api, word, first, Duration.ofSeconds(20)), "indexed with both nodes up");

        // The first node bootstrapped the cluster and is its elected master; it holds the index's primary shard.
        cluster.searchNodes().get(0).stop();

        assertTrue(searchFinds(api, word, first, Duration.ofSeconds(20)), "the idea is still found with the node down");
        long second = author.postIdea("One node " + word, "");
        // The other two master-eligible nodes elect a new master and the replica becomes the primary shard; the
        // outbox retries what could not be indexed meanwhile.
        assertTrue(searchFinds(api, word, second, Duration.ofSeconds(60)), "a new idea is indexed and found on the other node");
    }

    @Test
    void theMinutesTrendingDrainRunsOncePerPeriodAcrossTheThreeInstances() throws Exception {
        Pattern run = Pattern.compile("Job (\\S+) runs here for the period from (\\S+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        Map<String, List<Integer>> runs;
        do {
            runs = new HashMap<>();
            for (int i = 0; i < 3; i++) {
                Matcher found = run.matcher(Files.readString(cluster.instanceLog(i), StandardCharsets.ISO_8859_1));
                while (found.find()) {
                    runs.computeIfAbsent(found.group(1) + " " + found.group(2), k -> new ArrayList<>()).add(i + 1);
                }
            }
            if (runs.keySet().stream().filter(k -> k.startsWith("trending-dirty ")).count() >= 2) {
                break;
            }
            Thread.sleep(2_000);
        } while (System.nanoTime() < deadline);
        assertTrue(runs.keySet().stream().filter(k -> k.startsWith("trending-dirty ")).count() >= 2,
                "the minute's trending drain ran in two periods: " + runs + "\n" + Processes.tail(cluster.instanceLog(0), 20));
        runs.forEach((period, instances) -> assertEquals(1, instances.size(),
                period + " ran on one instance only, not on " + instances));
    }

    private static boolean searchFinds(Api api, String word, long idea, Duration patience) {
        Api.Reply reply = api.await("api/v1/search?q=" + word, r -> SearchIT.numbers(r).contains(idea), patience);
        assertEquals(200, reply.status(), reply.body());
        return SearchIT.numbers(reply).contains(idea);
    }

    private static List<Long> numbers(Api.Reply list) {
        if (list.status() != 200) {
            return List.of();
        }
        return list.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(i -> i.getJsonNumber("number").longValue()).toList();
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
