package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one rule of what a visitor sees, channel by channel: an idea a moderator HID and a new member's first idea
 * HELD for approval are in no list, page, search, feed or notification of anyone but staff (the held one still
 * shows to its author); an idea MERGED away stays everywhere, frozen as a duplicate of the idea it went into.
 * Each channel is first shown to carry a visible idea of the same team, so an absence means something.
 */
@ExtendWith(ArquillianExtension.class)
class VisibilityIT {

    static final Duration BOUND = Duration.ofSeconds(30);
    static final String SETTINGS = "api/v1/admin/moderation-settings";

    @ArquillianResource
    URL base;

    /**
     * One team's ideas, all with {@code word} in their title: visible, hidden, held (posted by {@code newcomer}),
     * and merged into original; {@code follower} follows the team. Each idea but the original had a status
     * change with its own message before the hiding and the merge.
     */
    record Scene(String team, String category, String word, long visible, long hidden, long held, long original,
                 long merged, Members.TestMember poster, Members.TestMember newcomer, Members.TestMember follower,
                 Map<Long, String> messages) {
    }

    @Test
    void listsShowNeitherHiddenNorHeldIdeasAndKeepMergedOnes() throws Exception {
        Scene scene = scene();
        Api visitor = new Api(base);
        Api member = visitor.as(Members.verified(visitor, "Mo Member").token());
        Set<Long> listed = Set.of(scene.visible(), scene.original(), scene.merged());

        for (Api who : List.of(visitor, member)) {
            Api.Reply list = who.get("api/v1/ideas?sort=new&limit=50&category=" + scene.category());
            assertEquals(listed, numbers(list, "items"), list.body());
            assertEquals("duplicate", item(list, "items", scene.merged()).getString("status"));
            for (String page : List.of("categories/" + scene.category(), "teams/" + scene.team())) {
                String html = who.get(page).body();
                assertTrue(html.contains("Visible " + scene.word()), page);
                assertTrue(html.contains("Merged " + scene.word()), page);
                assertFalse(html.contains("Hidden " + scene.word()), page);
                assertFalse(html.contains("Held " + scene.word()), page);
            }
        }
        Api author = visitor.as(scene.newcomer().token());
        assertTrue(numbers(author.get("api/v1/ideas?mine=true&limit=50"), "items").contains(scene.held()),
                "the author lists their own held idea");
        assertTrue(followed(author).contains(scene.held()), "and follows it");
        Set<Long> followedByPoster = followed(visitor.as(scene.poster().token()));
        assertTrue(followedByPoster.containsAll(listed), followedByPoster.toString());
        assertFalse(followedByPoster.contains(scene.hidden()), "a hidden idea leaves even its author's follows");
    }

    @Test
    void theIdeaPageIsNotFoundForHiddenAndHeldIdeasAndShowsAMergedOneAsDuplicate() throws Exception {
        Scene scene = scene();
        Api visitor = new Api(base);
        Api member = visitor.as(Members.verified(visitor, "Pia Pagereader").token());

        for (Api who : List.of(visitor, member)) {
            for (long idea : List.of(scene.hidden(), scene.held())) {
                assertEquals(404, who.get("api/v1/ideas/" + idea).status(), "idea " + idea);
                assertEquals(404, who.get("ideas/" + idea).status(), "page of idea " + idea);
                assertEquals(404, who.get("feeds/ideas/" + idea + ".atom").status(), "feed of idea " + idea);
            }
            JsonObject merged = who.get("api/v1/ideas/" + scene.merged()).json();
            assertEquals("duplicate", merged.getString("status"));
            assertEquals(scene.original(), merged.getJsonNumber("mergedInto").longValue());
            Api.Reply page = who.withCookies().get("ideas/" + scene.merged());
            assertEquals(200, page.status());
            assertTrue(page.body().contains("Merged " + scene.word()));
        }
        assertTrue(visitor.as(scene.newcomer().token()).get("api/v1/ideas/" + scene.held()).json().getBoolean("held"),
                "the author sees their held idea, marked held");
    }

    @Test
    void searchFindsNeitherHiddenNorHeldIdeasAndFindsAMergedOneAsDuplicate() throws Exception {
        Scene scene = scene();
        Api visitor = new Api(base);
        Set<Long> found = Set.of(scene.visible(), scene.original(), scene.merged());

        indexCaughtUp();
        Api.Reply search = visitor.get("api/v1/search?q=" + scene.word());

        assertEquals(found, numbers(search, "hits"), search.body());
        assertEquals("duplicate", item(search, "hits", scene.merged()).getString("status"));
        String suggested = visitor.get("api/v1/search/suggestions?q=" + scene.word()).body();
        assertTrue(suggested.contains("Visible " + scene.word()), suggested);
        assertFalse(suggested.contains("Hidden " + scene.word()), suggested);
        assertFalse(suggested.contains("Held " + scene.word()), suggested);
    }

    @Test
    void feedsLeaveOutHiddenAndHeldIdeasAndKeepMergedOnes() throws Exception {
        Scene scene = scene();
        Api visitor = new Api(base);

        for (String feed : List.of("feeds/status-changes.atom", "feeds/teams/" + scene.team() + ".atom")) {
            Api.Reply reply = visitor.get(feed);
            assertEquals(200, reply.status(), feed);
            assertTrue(reply.body().contains(scene.messages().get(scene.visible())), feed);
            assertTrue(reply.body().contains(scene.messages().get(scene.merged())), feed);
            assertFalse(reply.body().contains(scene.messages().get(scene.hidden())), feed);
            assertFalse(reply.body().contains(scene.messages().get(scene.held())), feed);
        }
        Api.Reply mergedFeed = visitor.get("feeds/ideas/" + scene.merged() + ".atom");
        assertEquals(200, mergedFeed.status());
        assertTrue(mergedFeed.body().contains(scene.messages().get(scene.merged())));
    }

    @Test
    void followersAreNeitherToldNorMailedOfHiddenOrHeldIdeasButOfAMerge() throws Exception {
        Scene scene = scene();
        Api follower = new Api(base).as(scene.follower().token());

        JsonObject told = follower.get("api/v1/me/notifications?limit=100").json();
        Set<Long> ideas = told.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(n -> n.getJsonNumber("idea").longValue()).collect(Collectors.toSet());
        assertTrue(ideas.contains(scene.visible()), told.toString());
        assertFalse(ideas.contains(scene.hidden()), told.toString());
        assertFalse(ideas.contains(scene.held()), told.toString());
        assertTrue(kinds(told, scene.merged()).containsAll(Set.of("status", "merge")), told.toString());
        assertEquals(told.getJsonArray("items").size(), told.getInt("unread"), "the bell counts only what it lists");

        JsonObject author = new Api(base).as(scene.newcomer().token()).get("api/v1/me/notifications").json();
        assertEquals(Set.of("status"), kinds(author, scene.held()), "the author is told of their own held idea");

        // mail, the other channel of the same notifications: once the mailer has handled them, none names the
        // hidden or the held idea, except to the held idea's author
        mailed(scene.follower());
        mailed(scene.newcomer());
        assertTrue(mails(scene.follower(), "Visible " + scene.word()) > 0, "the follower is mailed of a visible idea");
        assertEquals(0, mails(scene.follower(), "Hidden " + scene.word()));
        assertEquals(0, mails(scene.follower(), "Held " + scene.word()));
        assertTrue(mails(scene.newcomer(), "Held " + scene.word()) > 0, "the author is mailed of their own held idea");
    }

    /** Waits until the mailer has handled every instant notification of the member. */
    private static void mailed(Members.TestMember member) throws Exception {
        String pending = "SELECT COUNT(*) FROM notification WHERE mail_state = 'pending' AND member_id = " + member.id();
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (Crowd.count(pending) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(0, Crowd.count(pending), "the mailer handled the notifications of member " + member.id());
    }

    /** Mails queued for the member whose subject names the title (addresses and titles here are letters and dots). */
    private static long mails(Members.TestMember member, String title) throws Exception {
        return Crowd.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + member.email()
                + "' AND subject LIKE '%" + title + "%'");
    }

    private Scene scene() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String[] filing = Crowd.teamWithCategory();
        String word = Words.unique();
        Members.TestMember follower = Members.verified(api, "Theo Teamfollower");
        assertEquals(200, api.as(follower.token()).putJson("api/v1/teams/" + filing[0] + "/follow", "").status());
        Members.TestMember poster = Members.verified(api, "Vera Visible");
        Api posting = api.as(poster.token());
        long visible = post(posting, "Visible " + word, filing[1]);
        long hidden = post(posting, "Hidden " + word, filing[1]);
        long original = post(posting, "Original " + word, filing[1]);
        long merged = post(posting, "Merged " + word, filing[1]);
        Members.TestMember newcomer = Members.verified(api, "Hana Held");
        long held;
        assertEquals(200, admin.putJson(SETTINGS, Body.of("holdFirstPosts", true)).status());
        try {
            held = post(api.as(newcomer.token()), "Held " + word, filing[1]);
        } finally {
            assertEquals(200, admin.putJson(SETTINGS, Body.of("holdFirstPosts", false)).status());
        }
        assertTrue(api.as(newcomer.token()).get("api/v1/ideas/" + held).json().getBoolean("held"));
        // Hidden before its status changes: the mailer runs every 2 s, and a status mailed while the idea was still
        // shown would rightly name it.
        Api.Reply hide = admin.postJson("api/v1/moderation/actions",
                Body.of("action", "hide", "type", "idea", "id", hidden, "reason", "Spam"));
        assertEquals(200, hide.status(), hide.body());
        Map<Long, String> messages = new java.util.HashMap<>();
        for (long idea : List.of(visible, hidden, held, merged)) {
            String message = "Looking into it " + Words.unique();
            Api.Reply changed = admin.postJson("api/v1/ideas/" + idea + "/status",
                    Body.of("status", "under_review", "message", message));
            assertEquals(200, changed.status(), changed.body());
            messages.put(idea, message);
        }
        Api.Reply merge = admin.postJson("api/v1/ideas/" + merged + "/merge", Body.of("into", original));
        assertEquals(200, merge.status(), merge.body());
        return new Scene(filing[0], filing[1], word, visible, hidden, held, original, merged, poster, newcomer, follower,
                Map.copyOf(messages));
    }

    /**
     * Waits until the indexer has drained the search outbox (each row leaves it once its document is written or
     * removed), then refreshes the index so that every write is searchable: an absence is then final, not a lag.
     */
    private static void indexCaughtUp() throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (Crowd.count("SELECT COUNT(*) FROM search_outbox") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(0, Crowd.count("SELECT COUNT(*) FROM search_outbox"), "the indexer drained the outbox");
        HttpResponse<String> refreshed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + Integer.getInteger("idealoop.it.es.port") + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, refreshed.statusCode(), refreshed.body());
    }

    private static long post(Api api, String title, String category) {
        Api.Reply posted = api.postJson("api/v1/ideas", Body.of("title", title, "category", category));
        assertEquals(201, posted.status(), posted.body());
        return posted.json().getJsonNumber("number").longValue();
    }

    /** The idea numbers in a list or search answer (its array named {@code array}). */
    private static Set<Long> numbers(Api.Reply reply, String array) {
        if (reply.status() != 200) {
            return Set.of();
        }
        return reply.json().getJsonArray(array).stream().map(JsonValue::asJsonObject)
                .map(i -> i.getJsonNumber("number").longValue()).collect(Collectors.toSet());
    }

    private static JsonObject item(Api.Reply reply, String array, long number) {
        return reply.json().getJsonArray(array).stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("number").longValue() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no " + number + " in " + reply.body()));
    }

    private static Set<Long> followed(Api member) {
        return member.get("api/v1/me/followed-ideas").jsonArray().stream().map(JsonValue::asJsonObject)
                .map(i -> i.getJsonNumber("number").longValue()).collect(Collectors.toSet());
    }

    private static Set<String> kinds(JsonObject notifications, long idea) {
        return notifications.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getJsonNumber("idea").longValue() == idea).map(n -> n.getString("kind"))
                .collect(Collectors.toSet());
    }
}
