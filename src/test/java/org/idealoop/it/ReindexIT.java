package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.idealoop.embedded.EmbeddedServices;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rebuilding the index while members keep posting: after the alias moves, nothing is missing. */
@ExtendWith(ArquillianExtension.class)
class ReindexIT {

    static final Duration REBUILT = Duration.ofSeconds(120);

    @ArquillianResource
    URL base;

    @Test
    void ideasPostedDuringARebuildAreSearchableAfterTheAliasSwitch() throws Exception {
        Api admin = new Api(base).as(Members.admin(new Api(base)));
        Api member = new Api(base).as(Members.verified(new Api(base), "Rita Rebuild").token());
        idle(admin);
        String word = Words.unique();
        String aliasBefore = aliasTarget();
        List<Long> posted = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        ExecutorService poster = Executors.newSingleThreadExecutor();
        Future<?> posting = poster.submit(() -> {
            int i = 0;
            while (rebuilding.get() || i < 3) {
                posted.add(member.postIdea("Posted while rebuilding " + i++ + " " + word, "body " + word));
            }
        });
        try {
            Thread.sleep(300); // a few posted before the rebuild starts
            Api.Reply started = admin.postJson("api/v1/admin/search/reindex", "");
            assertEquals(202, started.status(), started.body());
            assertEquals("running", started.json().getString("state"));

            JsonObject done = idle(admin);
            assertEquals("done", done.getString("state"), done.toString());
            assertEquals(100, done.getInt("percent"));
            assertTrue(done.getJsonNumber("done").longValue() >= done.getJsonNumber("total").longValue());
        } finally {
            rebuilding.set(false);
            posting.get();
            poster.shutdown();
        }
        String aliasAfter = aliasTarget();
        assertTrue(!aliasAfter.equals(aliasBefore) && aliasAfter.startsWith("content-v2-"), aliasBefore + " -> " + aliasAfter);

        int expected = posted.size();
        Api.Reply all = admin.await("api/v1/search?type=idea&limit=100&q=" + word,
                r -> SearchIT.total(r) == expected, Duration.ofSeconds(60));
        assertEquals(expected, SearchIT.total(all), "posted " + posted + ", found " + SearchIT.numbers(all));
        assertEquals(posted.stream().sorted().toList(), SearchIT.numbers(all).stream().sorted().toList());
    }

    @Test
    void aSecondRebuildIsRefusedWhileOneRuns() throws Exception {
        Api admin = new Api(base).as(Members.admin(new Api(base)));
        idle(admin);
        String fake = "content-v2-it-running-" + Words.unique();
        Crowd.sql("INSERT INTO search_reindex (target_index, state, total, done, started_at) VALUES (?, 'running', 10, 4, NOW(6))",
                fake);
        try {
            IdeasApiIT.assertProblem(admin.postJson("api/v1/admin/search/reindex", ""), 409, "reindex");
            JsonObject progress = admin.get("api/v1/admin/search/reindex").json();
            assertEquals("running", progress.getString("state"));
            assertEquals(40, progress.getInt("percent"));
        } finally {
            Crowd.sql("UPDATE search_reindex SET state = 'failed' WHERE target_index = ?", fake);
            elasticsearch("DELETE", "/" + fake + "?ignore_unavailable=true");
        }
    }

    /** Waits until no rebuild runs; returns the latest one's progress. */
    static JsonObject idle(Api admin) {
        return admin.await("api/v1/admin/search/reindex",
                r -> r.status() == 200 && !"running".equals(r.json().getString("state")), REBUILT).json();
    }

    static String aliasTarget() throws Exception {
        String body = elasticsearch("GET", "/_alias/content");
        return body.substring(2, body.indexOf('"', 2));
    }

    static String elasticsearch(String method, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create(EmbeddedServices.elasticsearch().url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
