package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class IdeasApiIT {

    @ArquillianResource
    URL base;

    static String participant;

    Api api;

    @BeforeEach
    void client() {
        if (participant == null) {
            participant = Members.verified(new Api(base), "Ivy Ideas").token();
        }
        api = new Api(base).as(participant);
    }

    @Test
    void postedIdeaCanBeReadBackByItsNumber() {
        String title = "Export invoices as PDF " + Words.unique();
        Api.Reply created = api.postJson("api/v1/ideas",
                Json.createObjectBuilder().add("title", title).add("body", "For our accountant").build().toString());

        assertEquals(201, created.status());
        long number = created.json().getJsonNumber("number").longValue();
        assertTrue(created.location().endsWith("/api/v1/ideas/" + number), created.location());

        JsonObject idea = api.get("api/v1/ideas/" + number).json();
        assertEquals(title, idea.getString("title"));
        assertEquals("For our accountant", idea.getString("body"));
        assertNotNull(idea.getString("createdAt"));
    }

    @Test
    void listShowsNewestFirst() {
        long older = api.postIdea("Older idea " + Words.unique(), "");
        long newer = api.postIdea("Newer idea " + Words.unique(), "");

        List<Long> numbers = numbers(api.get("api/v1/ideas?sort=new&limit=2").json());

        assertEquals(List.of(newer, older), numbers);
    }

    @Test
    void cursorPagesFollowEachOtherWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            api.postIdea("Paged idea " + i + " " + Words.unique(), "");
        }
        JsonObject first = api.get("api/v1/ideas?limit=3").json();
        JsonObject second = api.get("api/v1/ideas?limit=3&cursor=" + first.getString("next")).json();
        JsonObject both = api.get("api/v1/ideas?limit=6").json();

        Set<Long> paged = new HashSet<>(numbers(first));
        paged.addAll(numbers(second));
        assertEquals(6, paged.size());
        assertEquals(new HashSet<>(numbers(both)), paged);
    }

    @Test
    void emptyTitleIsRefusedNamingTheFieldAndNothingIsStored() {
        long newestBefore = newest();

        Api.Reply reply = api.postJson("api/v1/ideas", "{\"title\":\"  \",\"body\":\"whatever\"}");

        assertProblem(reply, 400, "title");
        assertEquals(newestBefore, newest());
    }

    @Test
    void fiveHundredCharacterTitleIsRefusedNamingTheField() {
        long newestBefore = newest();

        Api.Reply reply = api.postJson("api/v1/ideas",
                Json.createObjectBuilder().add("title", "x".repeat(500)).build().toString());

        assertProblem(reply, 400, "title");
        assertEquals(newestBefore, newest());
    }

    @Test
    void tooLongBodyIsRefusedNamingTheField() {
        Api.Reply reply = api.postJson("api/v1/ideas", Json.createObjectBuilder()
                .add("title", "A perfectly fine title").add("body", "y".repeat(10_001)).build().toString());

        assertProblem(reply, 400, "body");
    }

    @Test
    void postingNeedsASignedInMember() {
        Api.Reply reply = new Api(base).postJson("api/v1/ideas", Body.of("title", "Anonymous idea here"));

        assertEquals(401, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void postingNeedsAVerifiedAddressWhenTheInstallSaysSo() {
        Api unverified = new Api(base).as(Members.unverified(new Api(base), "Una Verified").token());

        Api.Reply reply = unverified.postJson("api/v1/ideas", Body.of("title", "Idea before verifying"));

        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.json().getString("detail").contains("Confirm your e-mail"), reply.body());
    }

    @Test
    void anInvalidBearerTokenIsRefused() {
        Api.Reply reply = new Api(base).as("not-a-real-token").get("api/v1/ideas");

        assertEquals(401, reply.status());
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void theAuthorIsShownWithTheIdea() {
        long number = api.postIdea("An idea with an author " + Words.unique(), "");

        JsonObject author = api.get("api/v1/ideas/" + number).json().getJsonObject("author");

        assertEquals("Ivy Ideas", author.getString("displayName"));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        Api.Reply reply = api.postJson("api/v1/ideas", "{\"title\": ");

        assertEquals(400, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    @Test
    void unknownIdeaIsANotFoundProblem() {
        Api.Reply reply = api.get("api/v1/ideas/999999999");

        assertEquals(404, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(404, reply.json().getInt("status"));
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    @Test
    void badPagingParametersAreRefusedNamingTheField() {
        assertProblem(api.get("api/v1/ideas?limit=0"), 400, "limit");
        assertProblem(api.get("api/v1/ideas?limit=abc"), 400, "limit");
        assertProblem(api.get("api/v1/ideas?cursor=not-a-cursor"), 400, "cursor");
    }

    @Test
    void scriptInATitleIsStoredAsTextAndReturnedAsText() {
        String title = "<script>alert('x')</script> " + Words.unique();
        long number = api.postIdea(title, "");

        assertEquals(title, api.get("api/v1/ideas/" + number).json().getString("title"));
    }

    private long newest() {
        return numbers(api.get("api/v1/ideas?sort=new&limit=1").json()).stream().findFirst().orElse(0L);
    }

    private static List<Long> numbers(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(item -> item.getJsonNumber("number").longValue())
                .toList();
    }

    static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertEquals(field, problem.getString("field"));
        assertFalse(problem.getString("detail").isBlank());
        assertNull(problem.get("trace"));
    }
}
