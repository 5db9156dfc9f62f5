package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A discussion is read a page at a time (issue #18: the idea page of an idea with 60,000 comments rendered all of
 * them, 37 MB of HTML in 30 s): the API by limit and offset over top-level comments, each with all its replies,
 * and a Link to the next page; the idea page 50 conversations at a time with a plain "Show more comments" link.
 */
@ExtendWith(ArquillianExtension.class)
class CommentPagingIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void theApiPagesTopLevelCommentsWithTheirRepliesAndLinksTheNextPage() throws Exception {
        Api api = new Api(base);
        Members.TestMember tess = Members.verified(api, "Tess Threads");
        Api as = api.as(tess.token());
        long idea = as.postIdea("A long discussion " + Words.unique(), "");
        List<Long> roots = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            roots.add(comment(as, idea, "Top " + i, null));
        }
        long reply = comment(as, idea, "A reply to the first", roots.get(0));
        comment(as, idea, "A reply to the reply", reply);
        Crowd.sql("UPDATE comment SET hidden_at = NOW(6) WHERE id = ?", roots.get(1)); // a moderator hid it

        Api.Reply first = api.get("api/v1/ideas/" + idea + "/comments?sort=oldest&limit=3");
        assertEquals(200, first.status(), first.body());
        JsonArray page1 = array(first.body());
        assertEquals(List.of(roots.get(0), roots.get(2), roots.get(3)), ids(page1), "the hidden one is not counted");
        assertEquals(reply, page1.getJsonObject(0).getJsonArray("replies").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, page1.getJsonObject(0).getJsonArray("replies").getJsonObject(0).getJsonArray("replies").size(),
                "replies come with their conversation, all levels");
        assertTrue(first.link() != null && first.link().contains("rel=\"next\""), String.valueOf(first.link()));

        Matcher next = Pattern.compile("<[^>]*?/(api/v1/[^>]+)>").matcher(first.link());
        assertTrue(next.find(), first.link());
        Api.Reply second = api.get(next.group(1));
        assertEquals(List.of(roots.get(4), roots.get(5), roots.get(6)), ids(array(second.body())));
        Api.Reply last = api.get("api/v1/ideas/" + idea + "/comments?sort=oldest&limit=3&offset=6");
        assertEquals(List.of(), ids(array(last.body())));
        assertNull(last.link(), "no next page after the end");

        Api.Reply all = api.get("api/v1/ideas/" + idea + "/comments");
        assertEquals(6, array(all.body()).size(), "100 conversations by default");
        assertNull(all.link());
    }

    @Test
    void badPagesAreRefusedNamingTheParameter() {
        Api api = new Api(base);
        long idea = api.as(Members.verified(api, "Paula Pages").token()).postIdea("Paged " + Words.unique(), "");
        String comments = "api/v1/ideas/" + idea + "/comments?";
        for (String limit : List.of("0", "501", "abc", "-5", "99999999999")) {
            IdeasApiIT.assertProblem(api.get(comments + "limit=" + limit), 400, "limit");
        }
        for (String offset : List.of("-1", "x", "1000001")) {
            IdeasApiIT.assertProblem(api.get(comments + "offset=" + offset), 400, "offset");
        }
    }

    @Test
    void theIdeaPageShowsFiftyConversationsAndALinkToMore() throws Exception {
        Api api = new Api(base);
        Members.TestMember paul = Members.verified(api, "Paul Paging");
        Api as = api.as(paul.token());
        String title = "Discussed at length " + Words.unique();
        long idea = as.postIdea(title, "");
        for (int i = 0; i < 52; i++) {
            comment(as, idea, "Conversation " + i, null);
        }
        String path = "ideas/" + idea + "-" + api.get("api/v1/ideas/" + idea).json().getString("slug");

        String page = api.get(path).body();
        assertEquals(50, count(page, "class=\"il-comment il-depth-0\""));
        assertTrue(page.contains("id=\"moreComments\""), "a link to the next conversations");
        assertTrue(page.contains("?comments=100#discussion"), "the link asks for 100");

        String more = api.get(path + "?comments=100").body();
        assertEquals(52, count(more, "class=\"il-comment il-depth-0\""));
        assertFalse(more.contains("id=\"moreComments\""), "everything is shown");

        String nonsense = api.get(path + "?comments=banana").body();
        assertEquals(50, count(nonsense, "class=\"il-comment il-depth-0\""), "a bad number shows the first page");

        // As a customer meets it: no serious or critical axe finding and nothing wider than the screen at a desktop
        // and a phone width, and the link followed from the keyboard.
        for (int width : new int[] {1440, 375}) {
            try (com.microsoft.playwright.BrowserContext own = contextAt(width)) {
                com.microsoft.playwright.Page seen = own.newPage();
                seen.navigate(base + path);
                assertEquals(List.of(), Accessibility.problems(seen), "the long discussion at " + width + " px");
                seen.locator("#moreComments").scrollIntoViewIfNeeded();
                seen.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                        .setPath(java.nio.file.Path.of("target", "screenshots", "comments-more-" + width + ".png")));
                seen.locator("#moreComments").focus();
                seen.keyboard().press("Enter");
                seen.waitForURL("**comments=100**");
                assertEquals(52, seen.locator(".il-comment.il-depth-0").count());
            }
        }
    }

    private static long comment(Api as, long idea, String body, Long parent) {
        Api.Reply reply = as.postJson("api/v1/ideas/" + idea + "/comments",
                parent == null ? Body.of("body", body) : Body.of("body", body, "parentId", parent));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    private static List<Long> ids(JsonArray thread) {
        return thread.stream().map(JsonValue::asJsonObject).map(c -> c.getJsonNumber("id").longValue()).toList();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
