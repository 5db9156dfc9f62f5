package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/v1/search against the real Elasticsearch: hits, highlights, facets, sorts, cursors and bad input. */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    static final Duration INDEXED = Duration.ofSeconds(30);

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

        Api.Reply reply = api.await("api/v1/search?q=" + word, r -> total(r) > 0, INDEXED);

        assertEquals(200, reply.status(), reply.body());
        JsonObject hit = hits(reply).getJsonObject(0);
        assertEquals(number, hit.getJsonNumber("number").longValue());
        assertEquals("idea", hit.getString("type"));
        assertEquals("new", hit.getString("status"));
        assertTrue(hit.getString("titleHighlight").contains("<em>" + word + "</em>"), hit.toString());
        assertTrue(hit.getString("bodyHighlight").contains("<em>" + word + "</em>"), hit.toString());
    }

    @Test
    void searchToleratesATypo() {
        String word = Words.unique();
        long number = api.postIdea("Colour themes " + word, "");
        String typo = word.substring(0, word.length() - 1) + (word.endsWith("a") ? "b" : "a");

        Api.Reply reply = api.await("api/v1/search?q=" + typo, r -> total(r) > 0, INDEXED);

        assertEquals(number, hits(reply).getJsonObject(0).getJsonNumber("number").longValue());
    }

    @Test
    void aQuotedPhraseMatchesOnlyWordsInThatOrder() {
        String word = Words.unique();
        long inOrder = api.postIdea("Battery saver mode " + word, "");
        long reversed = api.postIdea("Mode saver battery " + word, "");
        api.await("api/v1/search?q=" + word, r -> total(r) == 2, INDEXED);

        Api.Reply phrase = api.get("api/v1/search?q=" + Api.encode("\"battery saver\" " + word));
        Api.Reply loose = api.get("api/v1/search?q=" + Api.encode("battery saver " + word));

        assertEquals(List.of(inOrder), numbers(phrase));
        assertEquals(Set.of(inOrder, reversed), new HashSet<>(numbers(loose)));
    }

    @Test
    void commentsAreSearchableAndFilteredByType() {
        String word = Words.unique();
        long number = api.postIdea("Keyboard shortcuts " + word, "");
        Api.Reply comment = api.postJson("api/v1/ideas/" + number + "/comments", Body.of("body", "Ctrl+K for " + word));
        assertEquals(201, comment.status(), comment.body());
        long commentId = comment.json().getJsonNumber("id").longValue();

        Api.Reply both = api.await("api/v1/search?q=" + word, r -> total(r) == 2, INDEXED);
        Api.Reply comments = api.get("api/v1/search?type=comment&q=" + word);

        assertEquals(2, total(both), both.body());
        JsonObject hit = hits(comments).getJsonObject(0);
        assertEquals(1, total(comments));
        assertEquals("comment", hit.getString("type"));
        assertEquals(commentId, hit.getJsonNumber("commentId").longValue());
        assertEquals(number, hit.getJsonNumber("number").longValue());
        assertTrue(hit.getString("title").startsWith("Keyboard shortcuts"), hit.toString());
    }

    @Test
    void facetsCountTheOtherValuesAndFiltersNarrowTheHits() throws Exception {
        String word = Words.unique();
        String[] filing = Crowd.teamWithCategory();
        long planned = number(api.postJson("api/v1/ideas", Body.of("title", "Export to CSV " + word,
                "category", filing[1], "tags", List.of("export"))));
        long fresh = api.postIdea("Export to PDF " + word, "");
        Crowd.setStatus(planned, "planned");
        Crowd.sql("INSERT INTO search_outbox (document_type, document_id, created_at, next_attempt_at)"
                + " VALUES ('idea', ?, NOW(6), NOW(6))", planned);
        api.await("api/v1/search?status=planned&q=" + word, r -> total(r) == 1, INDEXED);

        Api.Reply filtered = api.get("api/v1/search?status=planned&q=" + word);

        assertEquals(List.of(planned), numbers(filtered));
        JsonObject facets = filtered.json().getJsonObject("facets");
        assertEquals(1, count(facets, "status", "planned"));
        assertEquals(1, count(facets, "status", "new"), "the status facet still counts the other statuses");
        assertEquals(1, count(facets, "team", filing[0]));
        assertEquals(1, count(facets, "category", filing[1]));
        assertEquals(1, count(facets, "tag", "export"));
        assertEquals(List.of(planned), numbers(api.get("api/v1/search?q=" + word + "&team=" + filing[0])));
        assertEquals(List.of(planned), numbers(api.get("api/v1/search?q=" + word + "&tag=export")));
        assertEquals(List.of(fresh), numbers(api.get("api/v1/search?q=" + word + "&status=new")));
    }

    @Test
    void pagesFollowTheCursorWithoutRepeatsInEverySort() {
        String word = Words.unique();
        Set<Long> posted = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            posted.add(api.postIdea("Paging idea " + i + " " + word, "about " + word));
        }
        api.await("api/v1/search?q=" + word, r -> total(r) == 5, INDEXED);

        for (String sort : List.of("relevance", "score", "new")) {
            Set<Long> seen = new HashSet<>();
            String cursor = null;
            int pages = 0;
            do {
                Api.Reply page = api.get("api/v1/search?limit=2&sort=" + sort + "&q=" + word
                        + (cursor == null ? "" : "&cursor=" + cursor));
                assertEquals(200, page.status(), page.body());
                for (Long n : numbers(page)) {
                    assertTrue(seen.add(n), sort + ": idea " + n + " shown twice");
                }
                JsonValue next = page.json().get("nextCursor");
                cursor = next == null || next.getValueType() == JsonValue.ValueType.NULL ? null
                        : page.json().getString("nextCursor");
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(posted, seen, sort);
            assertEquals(3, pages, sort);
        }
    }

    @Test
    void withoutTextTheHitsAreListedNewestFirst() {
        long first = api.postIdea("Listing check one " + Words.unique(), "");
        long second = api.postIdea("Listing check two " + Words.unique(), "");
        api.await("api/v1/search?q=" + "Listing", r -> numbers(r).contains(second), INDEXED);

        Api.Reply listed = api.get("api/v1/search?type=idea&limit=100");

        assertEquals(200, listed.status(), listed.body());
        List<Long> numbers = numbers(listed);
        assertTrue(numbers.indexOf(second) >= 0 && numbers.indexOf(second) < numbers.indexOf(first), numbers.toString());
        assertEquals(200, api.get("api/v1/search?q=").status());
    }

    @Test
    void titlesAreSuggestedWhileTyping() {
        String word = Words.unique();
        long number = api.postIdea(word + " widget for the home screen", "");
        String prefix = word.substring(0, 5);

        Api.Reply reply = api.await("api/v1/search/suggestions?q=" + prefix,
                r -> r.status() == 200 && r.body().contains(word), INDEXED);

        JsonObject suggestion = reply.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("title").startsWith(word)).findFirst().orElseThrow();
        assertEquals(number, suggestion.getJsonNumber("number").longValue());
        assertEquals("[]", api.get("api/v1/search/suggestions?q=a").body().replace(" ", ""));
        IdeasApiIT.assertProblem(api.get("api/v1/search/suggestions?q=" + "a".repeat(121)), 400, "q");
    }

    @Test
    void highlightsEscapeMarkupFromTheIdea() {
        String word = Words.unique();
        api.postIdea("<b>bold</b> " + word, "");

        Api.Reply reply = api.await("api/v1/search?q=" + word, r -> total(r) > 0, INDEXED);

        String highlight = hits(reply).getJsonObject(0).getString("titleHighlight");
        assertTrue(highlight.contains("&lt;b&gt;"), highlight);
        assertFalse(highlight.contains("<b>"), highlight);
    }

    @Test
    void engineSyntaxAndUnbalancedQuotesAreReadAsText() {
        String word = Words.unique();
        long number = api.postIdea("Syntax proof " + word, "");
        api.await("api/v1/search?q=" + word, r -> total(r) == 1, INDEXED);

        for (String q : List.of("\"" + word, word + " \"", "(" + word + ")^2~",
                word + " \\ / ~ * ? + - && || ! ( ) [ ] ^ : < >")) {
            Api.Reply reply = api.get("api/v1/search?q=" + Api.encode(q));
            assertEquals(number, numbers(reply).isEmpty() ? null : numbers(reply).get(0), q + " -> " + reply.body());
        }
        for (String q : List.of("title:(" + word + " AND x^2) {a TO b]", "*", "\"\"\"", "/[a-z]+/", "a~10000")) {
            Api.Reply reply = api.get("api/v1/search?q=" + Api.encode(q));
            assertEquals(200, reply.status(), q + " -> " + reply.body());
        }
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        IdeasApiIT.assertProblem(api.get("api/v1/search?q=" + "a".repeat(1000)), 400, "q");
        IdeasApiIT.assertProblem(api.get("api/v1/search?q=x&status=maybe"), 400, "status");
        IdeasApiIT.assertProblem(api.get("api/v1/search?q=x&team=no-such-team"), 400, "team");
        IdeasApiIT.assertProblem(api.get("api/v1/search?q=x&category=no-such-category"), 400, "category");
        IdeasApiIT.assertProblem(api.get("api/v1/search?q=x&tag=no-such-tag-" + Words.unique()), 400, "tag");
        IdeasApiIT.assertProblem(api.get("api/v1/search?q=x&type=video"), 400, "type");
        IdeasApiIT.assertProblem(api.get("api/v1/search?q=x&sort=hot"), 400, "sort");
        IdeasApiIT.assertProblem(api.get("api/v1/search?q=x&limit=0"), 400, "limit");
        IdeasApiIT.assertProblem(api.get("api/v1/search?q=x&cursor=not-a-cursor"), 400, "cursor");
    }

    @Test
    void aTamperedCursorIsRefused() {
        String word = Words.unique();
        api.postIdea("Cursor one " + word, "");
        api.postIdea("Cursor two " + word, "");
        Api.Reply first = api.await("api/v1/search?sort=new&limit=1&q=" + word,
                r -> total(r) == 2, INDEXED);
        String cursor = first.json().getString("nextCursor");
        String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);

        for (String forged : List.of(raw.replace("new|", "score|"), raw + "|x", raw.replaceAll("\\|idea-", "|idea\"-"),
                raw.replaceFirst("\\|[0-9]+", "|1e999"), "relevance|NaN|1|idea-1")) {
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
            IdeasApiIT.assertProblem(api.get("api/v1/search?sort=new&limit=1&q=" + word + "&cursor=" + encoded),
                    400, "cursor");
        }
        Api.Reply second = api.get("api/v1/search?sort=new&limit=1&q=" + word + "&cursor=" + cursor);
        assertEquals(200, second.status());
        assertNotEquals(numbers(first), numbers(second));
        assertFalse(second.json().containsKey("nextCursor"), "two ideas make two pages: " + second.body());
    }

    static long total(Api.Reply reply) {
        return reply.status() == 200 ? reply.json().getJsonNumber("total").longValue() : 0;
    }

    static JsonArray hits(Api.Reply reply) {
        return reply.json().getJsonArray("hits");
    }

    static List<Long> numbers(Api.Reply reply) {
        if (reply.status() != 200) {
            return List.of();
        }
        return hits(reply).stream().map(JsonValue::asJsonObject)
                .filter(h -> "idea".equals(h.getString("type")))
                .map(h -> h.getJsonNumber("number").longValue()).toList();
    }

    private static long number(Api.Reply created) {
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("number").longValue();
    }

    private static long count(JsonObject facets, String facet, String value) {
        return facets.getJsonArray(facet).stream().map(JsonValue::asJsonObject)
                .filter(c -> value.equals(c.getString("value")))
                .mapToLong(c -> c.getJsonNumber("count").longValue()).findFirst().orElse(0);
    }
}
