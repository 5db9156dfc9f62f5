package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
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
        long number = api.postIdea("Posted during an outage " + word, "");
        assertEquals(503, api.get("api/v1/search?q=" + word).status());
        assertEquals(number, api.get("api/v1/ideas/" + number).json().getJsonNumber("number").longValue());

        elasticsearch.start();

        Api.Reply found = api.await("api/v1/search?q=" + word,
                r -> r.status() == 200 && r.json().getJsonNumber("total").longValue() == 1, Duration.ofSeconds(90));
        assertEquals(number, found.json().getJsonArray("hits").getJsonObject(0).getJsonNumber("number").longValue(),
                found.body());
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
