package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @ArquillianResource
    URL base;

    static String participant;

    Api api;

    @BeforeEach
    void client() {
        if (participant == null) {
            participant = Members.verified(new Api(base), "Sol Search").token();
        }
        api = new Api(base).as(participant);
    }

    @Test
    void postedIdeaIsFoundBySearchWithItsWordHighlighted() {
        String word = Words.unique();
        long number = api.postIdea("Offline maps " + word, "Let me download the " + word + " region");

        Api.Reply reply = api.await("api/v1/search?q=" + word, r -> total(r) > 0, Duration.ofSeconds(30));

        assertEquals(200, reply.status(), reply.body());
        JsonObject hit = reply.json().getJsonArray("hits").getJsonObject(0);
        assertEquals(number, hit.getJsonNumber("number").longValue());
        assertTrue(hit.getString("titleHighlight").contains("<em>" + word + "</em>"), hit.toString());
    }

    @Test
    void searchToleratesATypo() {
        String word = Words.unique();
        long number = api.postIdea("Colour themes " + word, "");
        String typo = word.substring(0, word.length() - 1) + (word.endsWith("a") ? "b" : "a");

        Api.Reply reply = api.await("api/v1/search?q=" + typo, r -> total(r) > 0, Duration.ofSeconds(30));

        assertEquals(number, reply.json().getJsonArray("hits").getJsonObject(0).getJsonNumber("number").longValue());
    }

    @Test
    void highlightsEscapeMarkupFromTheIdea() {
        String word = Words.unique();
        api.postIdea("<b>bold</b> " + word, "");

        Api.Reply reply = api.await("api/v1/search?q=" + word, r -> total(r) > 0, Duration.ofSeconds(30));

        String highlight = reply.json().getJsonArray("hits").getJsonObject(0).getString("titleHighlight");
        assertTrue(highlight.contains("&lt;b&gt;"), highlight);
    }

    @Test
    void emptyQueryIsRefusedNamingTheField() {
        IdeasApiIT.assertProblem(api.get("api/v1/search?q="), 400, "q");
        IdeasApiIT.assertProblem(api.get("api/v1/search"), 400, "q");
        IdeasApiIT.assertProblem(api.get("api/v1/search?q=" + "a".repeat(201)), 400, "q");
    }

    private static long total(Api.Reply reply) {
        return reply.status() == 200 ? reply.json().getJsonNumber("total").longValue() : 0;
    }
}
