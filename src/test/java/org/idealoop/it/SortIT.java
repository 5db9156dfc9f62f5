package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every sort on a data set with a known order, the filters, and keyset pagination under writes. */
@ExtendWith(ArquillianExtension.class)
class SortIT {

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    record Seeded(String author, String voter, long a, long b, long c, long d) {
    }

    /** A: 3 up. B: 4 up, 1 down (same score as A, less sure). C: 1 up, planned. D: no votes, newest. */
    private Seeded seed() throws Exception {
        String author = Members.verified(api, "Sue Sorted").token();
        long a = api.as(author).postIdea("Sort A " + Words.unique(), "");
        long b = api.as(author).postIdea("Sort B " + Words.unique(), "");
        long c = api.as(author).postIdea("Sort C " + Words.unique(), "");
        long d = api.as(author).postIdea("Sort D " + Words.unique(), "");
        List<String> crowd = Crowd.of(5);
        for (int i = 0; i < 3; i++) {
            vote(crowd.get(i), a, "up");
        }
        for (int i = 0; i < 4; i++) {
            vote(crowd.get(i), b, "up");
        }
        vote(crowd.get(4), b, "down");
        vote(crowd.get(0), c, "up");
        Crowd.setStatus(c, "planned");
        return new Seeded(author, crowd.get(0), a, b, c, d);
    }

    private void vote(String token, long idea, String direction) {
        assertEquals(200, api.as(token).putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", direction)).status());
    }

    private List<Long> numbers(Api caller, String query) {
        Api.Reply reply = caller.get("api/v1/ideas?" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(i -> i.getJsonNumber("number").longValue()).toList();
    }

    @Test
    void everySortHasItsKnownOrder() throws Exception {
        Seeded s = seed();
        Api author = api.as(s.author());

        assertEquals(List.of(s.a(), s.b(), s.c(), s.d()), numbers(author, "mine=true&sort=top"));
        assertEquals(List.of(s.d(), s.c(), s.b(), s.a()), numbers(author, "mine=true&sort=new"));
        assertEquals(List.of(s.b(), s.a(), s.d(), s.c()), numbers(author, "mine=true&sort=hot"));
        // Votes mark their ideas; trending is recomputed by the refresh (every minute, or now on an admin's request).
        assertEquals(200, api.as(Members.admin(api)).postJson("api/v1/admin/trending", "").status());
        assertEquals(List.of(s.b(), s.a(), s.c(), s.d()), numbers(author, "mine=true&sort=trending"));
        assertEquals(List.of(s.d(), s.c(), s.b(), s.a()), numbers(author, "mine=true&sort=discussed"));
        assertEquals(numbers(author, "mine=true&sort=hot"), numbers(author, "mine=true"), "hot is the default");
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        Seeded s = seed();

        assertEquals(List.of(s.c()), numbers(api.as(s.author()), "mine=true&status=planned"));
        // The voter (a member of the crowd made for this test) voted on A, B and C, and on nothing else.
        assertEquals(List.of(s.c(), s.b(), s.a()), numbers(api.as(s.voter()), "votedByMe=true&sort=new"));
    }

    @Test
    void badListParametersAreRefusedNamingTheField() {
        IdeasApiIT.assertProblem(api.get("api/v1/ideas?sort=loudest"), 400, "sort");
        IdeasApiIT.assertProblem(api.get("api/v1/ideas?status=maybe"), 400, "status");
        String topCursor = api.get("api/v1/ideas?sort=top&limit=1").json().getString("next");
        IdeasApiIT.assertProblem(api.get("api/v1/ideas?sort=new&cursor=" + topCursor), 400, "cursor");
        assertEquals(401, api.get("api/v1/ideas?mine=true").status());
    }

    @Test
    void keysetPagesReturnEachIdeaExactlyOnceWhileNewIdeasArrive() throws Exception {
        String author = Members.verified(api, "Page Turner").token();
        List<Long> original = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            original.add(api.as(author).postIdea("Paged " + i + " " + Words.unique(), ""));
        }
        for (String sort : List.of("new", "top", "hot")) {
            List<Long> seen = new ArrayList<>();
            String cursor = null;
            do {
                CompletableFuture<Long> writer = CompletableFuture.supplyAsync(
                        () -> api.as(author).postIdea("Arriving meanwhile " + Words.unique(), ""));
                JsonObject page = api.as(author).get("api/v1/ideas?mine=true&sort=" + sort + "&limit=2"
                        + (cursor == null ? "" : "&cursor=" + cursor)).json();
                page.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getJsonNumber("number").longValue()));
                cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
                writer.get();
            } while (cursor != null);

            assertEquals(seen.size(), new HashSet<>(seen).size(), sort + ": no idea twice in " + seen);
            for (Long number : original) {
                assertEquals(1, seen.stream().filter(number::equals).count(), sort + ": idea " + number + " once in " + seen);
            }
        }
    }
}
