package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.idealoop.embedded.EmbeddedElasticsearch;
import org.idealoop.embedded.EmbeddedServices;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Elasticsearch goes down: posting still works, readiness says so, and the index catches up. */
@ExtendWith(ArquillianExtension.class)
class SearchOutageIT {

    @ArquillianResource
    URL base;

    @AfterEach
    void searchIsBack() throws Exception {
        EmbeddedElasticsearch elasticsearch = EmbeddedServices.elasticsearch();
        if (!elasticsearch.isRunning()) {
            elasticsearch.start();
        }
    }

    @Test
    void ideaPostedWhileSearchIsDownIsIndexedOnceItIsBack() throws Exception {
        Api api = new Api(base).as(Members.verified(new Api(base), "Otto Outage").token());
        EmbeddedElasticsearch elasticsearch = EmbeddedServices.elasticsearch();
        elasticsearch.stop();

        Api.Reply ready = api.await("health/ready", r -> r.status() == 503, Duration.ofSeconds(30));
        assertEquals(503, ready.status(), ready.body());
        assertEquals("DOWN", check(ready.json(), "search"));
        assertEquals("UP", check(ready.json(), "database"));

        String word = Words.unique();
        String first = Words.unique();
        String second = Words.unique();
        String third = Words.unique();
        long number = api.postIdea("Posted during an outage " + word, "");
        assertEquals(503, api.get("api/v1/search?q=" + word).status());
        assertEquals(number, api.get("api/v1/ideas/" + number).json().getJsonNumber("number").longValue());
        long edited = api.postIdea("Edited during an outage " + first, "");
        for (String title : List.of(second, third)) {
            Api.Reply edit = api.send("PATCH", "api/v1/ideas/" + edited, Body.of("title", "Edited during an outage " + title));
            assertEquals(200, edit.status(), edit.body());
        }
        Api.Reply page = api.get("search?q=" + Api.encode("during an outage " + word));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"unavailable\""), "the search page says search is unavailable");
        assertTrue(page.body().contains("Posted during an outage " + word), "and offers the title search from MariaDB");

        elasticsearch.start();

        Api.Reply found = api.await("api/v1/search?q=" + word,
                r -> r.status() == 200 && r.json().getJsonNumber("total").longValue() == 1, Duration.ofSeconds(90));
        assertEquals(number, found.json().getJsonArray("hits").getJsonObject(0).getJsonNumber("number").longValue(),
                found.body());
        Api.Reply latest = api.await("api/v1/search?q=" + third, r -> SearchIT.total(r) == 1, Duration.ofSeconds(60));
        assertEquals(List.of(edited), SearchIT.numbers(latest), "the last edit wins");
        assertEquals(0, SearchIT.total(api.get("api/v1/search?q=" + first)));
        assertEquals(0, SearchIT.total(api.get("api/v1/search?q=" + second)));
        assertEquals(200, api.await("health/ready", r -> r.status() == 200, Duration.ofSeconds(30)).status());
    }

    private static String check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> name.equals(c.getString("name")))
                .map(c -> c.getString("status"))
                .findFirst()
                .orElse("missing");
    }
}
