package org.idealoop.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.idealoop.domain.idea.Slug;

/**
 * The started instance the benchmark runs against, checked before any load: it answers, its database holds a
 * generated community, and the generated members' tokens sign in. Each failure says what to do.
 */
final class BenchTarget {

    final BenchSettings settings;
    final String url;
    final String secret;
    final List<Map<String, Object>> ideas = new ArrayList<>();
    final List<Long> memberIndexes = new ArrayList<>();
    final long firstIdea;
    final long lastIdea;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BenchTarget(BenchSettings settings) {
        this.settings = settings;
        this.url = settings.appUrl();
        this.secret = settings.secret();
        requireReady();
        try (Connection db = connect()) {
            long members = single(db, "SELECT COUNT(*) FROM member WHERE id > ? AND id < ?",
                    CommunityPlan.BASE, 2 * CommunityPlan.BASE);
            try (PreparedStatement s = db.prepareStatement("SELECT number, title FROM idea WHERE number > ? AND "
                    + "number < ? AND hidden_at IS NULL AND held_at IS NULL AND merged_into IS NULL AND locked = FALSE"
                    + " AND status IN ('new', 'under_review', 'planned', 'in_progress') ORDER BY number LIMIT 20000")) {
                s.setLong(1, CommunityPlan.BASE);
                s.setLong(2, 2 * CommunityPlan.BASE);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        long number = rows.getLong(1);
                        String title = rows.getString(2);
                        String[] words = title.split(" ");
                        ideas.add(Map.of("ideaNumber", number, "ideaPath", Slug.path(number, title),
                                "draft", String.join(" ", List.of(words).subList(0, Math.min(4, words.length))),
                                "word", words[words.length > 3 ? 1 : 0] + " " + words[words.length > 3 ? 2 : 0]));
                    }
                }
            }
            if (members == 0 || ideas.isEmpty()) {
                throw new IllegalStateException("Not seeded: " + settings.dbUrl() + " holds no generated community ("
                        + members + " members, " + ideas.size() + " open ideas). Run the generator first: "
                        + "mvn -Pgenerate -Dmembers=2000 -Dideas=10000 -Dvotes=100000");
            }
            firstIdea = (Long) ideas.get(0).get("ideaNumber");
            lastIdea = (Long) ideas.get(ideas.size() - 1).get("ideaNumber");
            for (long i = 1; i <= members; i++) {
                memberIndexes.add(i);
            }
            Collections.shuffle(ideas, new Random(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the instance's database at " + settings.dbUrl()
                    + " (set idealoop.db.url, .user, .password as for the app): " + e.getMessage(), e);
        }
        HttpResponse<String> me = get("/api/v1/me", CommunityPlan.token(secret, 1));
        if (me.statusCode() != 200) {
            throw new IllegalStateException("The generated members' tokens are refused (HTTP " + me.statusCode()
                    + " on /api/v1/me): the benchmark's secret differs from the generator's (bench.secret, else "
                    + "<idealoop.data.dir>/bench-secret). Run the generator again: it renews the tokens.");
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    private void requireReady() {
        HttpResponse<String> ready = get("/health/ready", null);
        if (ready.statusCode() != 200) {
            throw new IllegalStateException("Idealoop at " + url + " is not ready (HTTP " + ready.statusCode() + "): "
                    + ready.body());
        }
    }

    HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IllegalStateException("Idealoop is not reachable at " + url + ": start it (mvn -Pstart) or "
                    + "point -Dbench.url at it.", e);
        } catch (IOException e) {
            throw new IllegalStateException("Idealoop at " + url + " did not answer " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The cursor of the hot list {@code pages} pages in (or as deep as the list goes) and how deep that is. */
    Map<String, Object> deepCursor(int pages) {
        String cursor = null;
        int depth = 0;
        while (depth < pages) {
            String body = get("/api/v1/ideas?sort=hot&limit=20" + (cursor == null ? "" : "&cursor=" + encode(cursor)),
                    null).body();
            String next = Generate.text(body, "next");
            if (next == null) {
                break;
            }
            cursor = next;
            depth++;
        }
        if (cursor == null) {
            throw new IllegalStateException("Not seeded: the hot list at " + url + " has a single page");
        }
        Map<String, Object> deep = new HashMap<>();
        deep.put("deepCursor", cursor);
        deep.put("deepPages", depth);
        return deep;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static long single(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
