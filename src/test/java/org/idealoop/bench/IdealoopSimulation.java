package org.idealoop.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The load benchmark: each scenario in turn, {@code bench.users} (16) looping users for {@code bench.duration}
 * seconds (20), after a mixed warm-up of {@code bench.warmup} seconds (15) whose requests are named "warm-up"
 * and left out of the summary. Votes go to a new member×idea pair each call; every acknowledged vote is checked
 * by SQL after the run ({@link VoteLedger}). {@link BenchReport} turns Gatling's results into
 * {@code target/bench/summary.md}.
 */
public class IdealoopSimulation extends Simulation {

    static final String[] SCENARIOS = {"home page", "idea page", "api list page 1", "api deep page", "vote",
        "comment", "search with facets", "similar while typing"};

    /**
     * The scenarios to run, from {@code bench.scenarios}: a comma list of names from {@link #SCENARIOS}
     * ("search with facets,similar while typing"), run in the order of {@link #SCENARIOS}; blank means all.
     * An unknown name stops the run before any load, with the list of known names.
     */
    static List<String> selected(String value) {
        if (value == null || value.isBlank()) {
            return List.of(SCENARIOS);
        }
        String list = value.strip();
        if (list.length() >= 2 && list.charAt(0) == '"' && list.charAt(list.length() - 1) == '"') {
            // Gatling's Maven plugin hands a jvmArg with spaces to the forked JVM inside its quotes.
            list = list.substring(1, list.length() - 1);
        }
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
        for (String part : list.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!List.of(SCENARIOS).contains(name)) {
                throw new IllegalArgumentException("Unknown scenario '" + name + "' in bench.scenarios; known: "
                        + String.join(", ", SCENARIOS) + " (a comma list; blank runs all)");
            }
            wanted.add(name);
        }
        if (wanted.isEmpty()) {
            return List.of(SCENARIOS);
        }
        return List.of(SCENARIOS).stream().filter(wanted::contains).toList();
    }

    private final BenchSettings settings = BenchSettings.fromSystem();
    private final int users = Integer.parseInt(settings.get("bench.users", "16"));
    private final int duration = Integer.parseInt(settings.get("bench.duration", "20"));
    private final int warmup = Integer.parseInt(settings.get("bench.warmup", "15"));
    private final Path out = Paths.get(settings.get("bench.out", "target/bench"));
    private final List<String> scenarios = selected(settings.get("bench.scenarios", ""));
    private final BenchTarget target = new BenchTarget(settings);
    private final Map<String, Object> deep = target.deepCursor(Integer.parseInt(settings.get("bench.deep-pages", "250")));
    private final VoteLedger ledger = ledger(target);
    private final Random random = new Random(3);

    private final FeederBuilder<Object> ideas = listFeeder(target.ideas);
    private final Supplier<String> anyToken = () -> CommunityPlan.token(target.secret,
            target.memberIndexes.get(random.nextInt(target.memberIndexes.size())));

    private static VoteLedger ledger(BenchTarget target) {
        try {
            return new VoteLedger(target);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the vote totals at " + target.settings.dbUrl() + ": " + e, e);
        }
    }

    private static FeederBuilder<Object> listFeeder(List<Map<String, Object>> rows) {
        return io.gatling.javaapi.core.CoreDsl.listFeeder(rows).circular();
    }

    private ChainBuilder step(String name) {
        return switch (name) {
            case "home page" -> exec(http(name).get("/").header("Accept", "text/html"));
            case "idea page" -> exec(feed(ideas), http(name).get("#{ideaPath}").header("Accept", "text/html"));
            case "api list page 1" -> exec(http(name).get("/api/v1/ideas?sort=hot&limit=20"));
            case "api deep page" -> exec(http(name).get("/api/v1/ideas?sort=hot&limit=20")
                    .queryParam("cursor", (String) deep.get("deepCursor")));
            case "vote" -> exec(feed(ledger), http(name).put("/api/v1/ideas/#{voteIdea}/vote")
                    .header("Authorization", "Bearer #{voteToken}")
                    .body(StringBody("{\"direction\":\"up\"}")).asJson()
                    .check(status().in(200, 201, 204).saveAs("voteStatus")))
                    .exec(session -> {
                        if (session.contains("voteStatus")) {
                            ledger.acknowledge(session.getLong("voteIdea"), session.getLong("voteMember"));
                        }
                        return session.remove("voteStatus");
                    });
            case "comment" -> exec(feed(ideas)).exec(session -> session.set("commentToken", anyToken.get()))
                    .exec(http(name).post("/api/v1/ideas/#{ideaNumber}/comments")
                            .header("Authorization", "Bearer #{commentToken}")
                            .body(StringBody("{\"body\":\"Same here: #{draft} would help our whole team.\"}")).asJson()
                            .check(status().in(200, 201)));
            case "search with facets" -> exec(feed(ideas), http(name).get("/api/v1/search").queryParam("q", "#{word}"));
            case "similar while typing" -> exec(feed(ideas), http(name).get("/api/v1/ideas/similar")
                    .queryParam("title", "#{draft}"));
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static ChainBuilder feed(FeederBuilder<Object> feeder) {
        return exec(io.gatling.javaapi.core.CoreDsl.feed(feeder));
    }

    private static ChainBuilder feed(VoteLedger ledger) {
        return exec(io.gatling.javaapi.core.CoreDsl.feed(ledger));
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(target.url).acceptHeader("application/json")
                .acceptLanguageHeader("en").userAgentHeader("idealoop-bench").disableCaching();
        List<PopulationBuilder> chain = new ArrayList<>();
        if (warmup > 0) {
            chain.add(scenario("warm-up").during(warmup, false).on(exec(
                    http("warm-up list").get("/api/v1/ideas?sort=hot&limit=20"),
                    http("warm-up home").get("/").header("Accept", "text/html"),
                    feed(ideas), http("warm-up idea").get("#{ideaPath}").header("Accept", "text/html"),
                    http("warm-up search").get("/api/v1/search").queryParam("q", "#{word}")))
                    .injectOpen(atOnceUsers(users)));
        }
        for (String name : scenarios) {
            chain.add(scenario(name).during(duration, false).on(step(name)).injectOpen(atOnceUsers(users)));
        }
        PopulationBuilder first = chain.get(0);
        PopulationBuilder rest = chain.get(chain.size() - 1);
        for (int i = chain.size() - 2; i >= 1; i--) {
            rest = chain.get(i).andThen(rest);
        }
        setUp(chain.size() == 1 ? first : first.andThen(rest)).protocols(protocol);
        System.out.printf("Benchmark: %s, %d users, %d s per scenario after %d s of warm-up; deep page = %s pages in;"
                + " %d ideas, %d members; scenarios: %s%n", target.url, users, duration, warmup, deep.get("deepPages"),
                target.ideas.size(), target.memberIndexes.size(), String.join(", ", scenarios));
    }

    @Override
    public void after() {
        try {
            VoteLedger.Result result = ledger.check(out.resolve("votes-check.properties"));
            Files.writeString(out.resolve("run.properties"), "duration=" + duration + "\nusers=" + users
                    + "\ndeepPages=" + deep.get("deepPages") + "\nurl=" + target.url
                    + "\nscenarios=" + String.join(",", scenarios) + "\n");
            System.out.println("Votes: " + result.properties().replace('\n', ' '));
        } catch (Exception e) {
            throw new IllegalStateException("The vote check failed to run: " + e, e);
        }
    }
}
