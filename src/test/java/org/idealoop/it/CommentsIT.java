package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.DriverManager;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.idealoop.embedded.EmbeddedMariaDb;
import org.idealoop.embedded.EmbeddedServices;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Discussing ideas: comments, replies three levels deep, up-votes, official staff answers. */
@ExtendWith(ArquillianExtension.class)
class CommentsIT {

    @ArquillianResource
    URL base;

    Api api;
    static Members.TestMember author;

    @BeforeEach
    void client() {
        api = new Api(base);
        if (author == null) {
            author = Members.verified(api, "Cleo Comment");
        }
    }

    private long newIdea() {
        return api.as(author.token()).postIdea("An idea to discuss " + Words.unique(), "");
    }

    private long comment(String token, long idea, String body, Long parent) {
        Api.Reply reply = api.as(token).postJson("api/v1/ideas/" + idea + "/comments",
                parent == null ? Body.of("body", body) : Body.of("body", body, "parentId", parent));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void commentsAndRepliesFormAThreeLevelTree() {
        long idea = newIdea();
        long top = comment(author.token(), idea, "What about **keyboard** shortcuts?", null);
        long reply1 = comment(author.token(), idea, "First reply", top);
        long reply2 = comment(author.token(), idea, "Second level", reply1);
        long reply3 = comment(author.token(), idea, "Third level", reply2);

        IdeasApiIT.assertProblem(api.as(author.token()).postJson("api/v1/ideas/" + idea + "/comments",
                Body.of("body", "A fourth level", "parentId", reply3)), 400, "parentId");

        JsonArray thread = array(api.get("api/v1/ideas/" + idea + "/comments").body());
        JsonObject first = thread.getJsonObject(0);
        assertEquals("<p>What about <strong>keyboard</strong> shortcuts?</p>\n", first.getString("bodyHtml"));
        assertEquals("Cleo Comment", first.getJsonObject("author").getString("displayName"));
        JsonObject level3 = first.getJsonArray("replies").getJsonObject(0).getJsonArray("replies").getJsonObject(0)
                .getJsonArray("replies").getJsonObject(0);
        assertEquals(reply3, level3.getJsonNumber("id").longValue());
        assertEquals(3, level3.getInt("depth"));
        assertEquals(4, api.get("api/v1/ideas/" + idea).json().getInt("commentCount"));
    }

    @Test
    void aMembersCommentsAreListedOnTheirProfile() {
        long idea = newIdea();
        String word = Words.unique();
        comment(author.token(), idea, "Profile comment " + word, null);

        String profile = api.get("member?id=" + api.as(author.token()).get("api/v1/me").json().getJsonNumber("id")).body();

        assertTrue(profile.contains("Profile comment " + word), "the comment is on the author's profile");
    }

    @Test
    void badCommentsAreRefusedNamingTheField() {
        long idea = newIdea();
        long other = newIdea();
        long elsewhere = comment(author.token(), other, "On another idea", null);

        IdeasApiIT.assertProblem(api.as(author.token()).postJson("api/v1/ideas/" + idea + "/comments",
                Body.of("body", "  ")), 400, "body");
        IdeasApiIT.assertProblem(api.as(author.token()).postJson("api/v1/ideas/" + idea + "/comments",
                Body.of("body", "x".repeat(10_001))), 400, "body");
        IdeasApiIT.assertProblem(api.as(author.token()).postJson("api/v1/ideas/" + idea + "/comments",
                Body.of("body", "reply", "parentId", elsewhere)), 400, "parentId");
        IdeasApiIT.assertProblem(api.as(author.token()).postJson("api/v1/ideas/" + idea + "/comments",
                Body.of("body", "reply", "parentId", 999_999_999L)), 400, "parentId");
        assertEquals(401, api.postJson("api/v1/ideas/" + idea + "/comments", Body.of("body", "anonymous")).status());
        assertEquals(404, api.as(author.token()).postJson("api/v1/ideas/999999999/comments",
                Body.of("body", "nowhere")).status());
        assertEquals(0, api.get("api/v1/ideas/" + idea).json().getInt("commentCount"), "nothing half written");
    }

    @Test
    void aLockedIdeaTakesNoCommentsOrVotes() throws Exception {
        long idea = newIdea();
        EmbeddedMariaDb db = EmbeddedServices.mariaDb();
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             var lock = connection.prepareStatement("UPDATE idea SET locked = TRUE WHERE number = ?")) {
            lock.setLong(1, idea);
            lock.executeUpdate();
        }

        IdeasApiIT.assertProblem(api.as(author.token()).postJson("api/v1/ideas/" + idea + "/comments",
                Body.of("body", "Too late")), 409, "idea");
        IdeasApiIT.assertProblem(api.as(author.token()).putJson("api/v1/ideas/" + idea + "/vote",
                Body.of("direction", "up")), 409, "idea");
        assertTrue(api.get("api/v1/ideas/" + idea).json().getBoolean("locked"));
    }

    @Test
    void staffCommentsAreOfficial() {
        long idea = newIdea();
        Members.TestMember pm = Members.withRoles(api, "Petra Pm", Role.PRODUCT_MANAGER);

        comment(pm.token(), idea, "We are looking into it.", null);
        comment(author.token(), idea, "Thanks!", null);

        JsonArray thread = array(api.get("api/v1/ideas/" + idea + "/comments?sort=oldest").body());
        assertTrue(thread.getJsonObject(0).getBoolean("official"));
        assertFalse(thread.getJsonObject(1).getBoolean("official"));
    }

    @Test
    void manyCommentsFromOneMemberDoNotOutrankTwoPeople() throws Exception {
        Members.TestMember host = Members.verified(api, "Hal Host");
        long loud = api.as(host.token()).postIdea("One loud voice " + Words.unique(), "");
        long shared = api.as(host.token()).postIdea("Shared by two " + Words.unique(), "");
        List<String> crowd = Crowd.of(2);
        for (int i = 0; i < 6; i++) {
            comment(crowd.get(0), loud, "Me again, comment " + i, null);
        }
        comment(crowd.get(0), shared, "Me too", null);
        comment(crowd.get(1), shared, "And me", null);

        List<Long> discussed = api.as(host.token()).get("api/v1/ideas?mine=true&sort=discussed").json()
                .getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(i -> i.getJsonNumber("number").longValue()).toList();

        assertEquals(List.of(shared, loud), discussed);
        assertEquals(6, api.get("api/v1/ideas/" + loud).json().getInt("commentCount"));
    }

    @Test
    void upVotesCountOncePerMemberAndOrderTheBestFirst() throws Exception {
        long idea = newIdea();
        long plain = comment(author.token(), idea, "A plain comment", null);
        long liked = comment(author.token(), idea, "A liked comment", null);
        List<String> crowd = Crowd.of(2);

        assertEquals(1, api.as(crowd.get(0)).send("PUT", "api/v1/ideas/" + idea + "/comments/" + liked + "/vote", null)
                .json().getInt("upVotes"));
        assertEquals(1, api.as(crowd.get(0)).send("PUT", "api/v1/ideas/" + idea + "/comments/" + liked + "/vote", null)
                .json().getInt("upVotes"), "twice is once");
        assertEquals(2, api.as(crowd.get(1)).send("PUT", "api/v1/ideas/" + idea + "/comments/" + liked + "/vote", null)
                .json().getInt("upVotes"));
        assertEquals(1, api.as(crowd.get(1)).delete("api/v1/ideas/" + idea + "/comments/" + liked + "/vote")
                .json().getInt("upVotes"));

        JsonArray best = array(api.as(crowd.get(0)).get("api/v1/ideas/" + idea + "/comments?sort=best").body());
        assertEquals(liked, best.getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(best.getJsonObject(0).getBoolean("upVotedByMe"));
        assertEquals(plain, array(api.get("api/v1/ideas/" + idea + "/comments?sort=oldest").body())
                .getJsonObject(0).getJsonNumber("id").longValue());
        IdeasApiIT.assertProblem(api.get("api/v1/ideas/" + idea + "/comments?sort=loudest"), 400, "sort");
        assertEquals(404, api.as(crowd.get(0)).send("PUT", "api/v1/ideas/" + newIdea() + "/comments/" + liked + "/vote",
                null).status(), "a comment of another idea");
    }

    @Test
    void authorsEditTheirOwnCommentsOthersMayNot() {
        long idea = newIdea();
        long id = comment(author.token(), idea, "Frist!", null);
        Members.TestMember other = Members.verified(api, "Otis Other");

        JsonObject edited = api.as(author.token()).send("PATCH", "api/v1/ideas/" + idea + "/comments/" + id,
                Body.of("body", "First!")).json();
        assertEquals("First!", edited.getString("body"));
        assertFalse(edited.isNull("editedAt"));
        assertEquals(403, api.as(other.token()).send("PATCH", "api/v1/ideas/" + idea + "/comments/" + id,
                Body.of("body", "Hijacked")).status());
        IdeasApiIT.assertProblem(api.as(author.token()).send("PATCH", "api/v1/ideas/" + idea + "/comments/" + id,
                Body.of("body", "")), 400, "body");
    }

    private static JsonArray array(String json) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readArray();
    }

    @Test
    void parallelEditsOfOneCommentAnswer200Or409NeverAnError() throws Exception {
        long idea = newIdea();
        long id = comment(author.token(), idea, "Racing to edit this", null);

        List<Api.Reply> replies = Races.run(4, i -> api.as(author.token()).send("PATCH",
                "api/v1/ideas/" + idea + "/comments/" + id, Body.of("body", "Edit number " + i)));

        for (Api.Reply reply : replies) {
            assertTrue(reply.status() == 200 || reply.status() == 409, reply.status() + " " + reply.body());
            if (reply.status() == 409) {
                IdeasApiIT.assertProblem(reply, 409, "body");
            }
        }
        assertTrue(replies.stream().anyMatch(r -> r.status() == 200), "one edit wins");
        String body = api.get("api/v1/ideas/" + idea + "/comments").body();
        assertTrue(body.contains("Edit number "), body);
    }
}
