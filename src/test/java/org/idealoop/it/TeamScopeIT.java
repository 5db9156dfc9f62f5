package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff act only for their own team: a product manager of team A walks every staff operation on
 * an idea, a comment and a story of team B and is refused each time (or speaks as a plain member),
 * while team B's own product manager may do the same things. Nothing the refused calls tried is stored.
 */
@ExtendWith(ArquillianExtension.class)
class TeamScopeIT {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;
    String teamA;
    String teamB;
    Api outsider;
    Api insider;
    Api customer;
    long ideaOfB;
    long otherIdeaOfB;
    long ideaOfA;

    @BeforeEach
    void twoTeams() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
        teamA = team("Alpha");
        teamB = team("Bravo");
        outsider = api.as(manager(teamA, "Olga Outsider").token());
        insider = api.as(manager(teamB, "Ingo Insider").token());
        customer = api.as(Members.verified(api, "Cora Customer").token());
        ideaOfB = idea(teamB, "Bravo idea " + Words.unique());
        otherIdeaOfB = idea(teamB, "Another bravo idea " + Words.unique());
        ideaOfA = idea(teamA, "Alpha idea " + Words.unique());
    }

    private String team(String name) {
        Api.Reply created = admin.postJson("api/v1/teams", Body.of("name", name + " " + Words.unique()));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("slug");
    }

    private Members.TestMember manager(String team, String name) {
        Members.TestMember pm = Members.withRoles(api, name, Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + team + "/members/" + pm.id(), Body.of("owns", "")).status());
        return pm;
    }

    private long idea(String team, String title) {
        Api.Reply posted = customer.postJson("api/v1/ideas", Body.of("title", title, "team", team));
        assertEquals(201, posted.status(), posted.body());
        return posted.json().getJsonNumber("number").longValue();
    }

    private JsonObject idea(long number) {
        return admin.get("api/v1/ideas/" + number).json();
    }

    @Test
    void aManagerOfAnotherTeamCannotMoveMergeEditOrReassignItsIdeas() {
        JsonObject before = idea(ideaOfB);

        assertForbidden(outsider.postJson("api/v1/ideas/" + ideaOfB + "/status",
                Body.of("status", "planned", "message", "Shipping soon")));
        assertForbidden(outsider.postJson("api/v1/ideas/" + ideaOfB + "/merge", Body.of("into", otherIdeaOfB)));
        assertForbidden(outsider.postJson("api/v1/ideas/" + ideaOfA + "/merge", Body.of("into", ideaOfB)),
                "merging into another team's idea moves votes onto it");
        assertForbidden(outsider.postJson("api/v1/ideas/" + ideaOfB + "/team", Body.of("team", teamA)));
        assertForbidden(outsider.send("PATCH", "api/v1/ideas/" + ideaOfB, Body.of("title", "Retitled by an outsider")));
        assertForbidden(outsider.get("api/v1/ideas/" + ideaOfB + "/revisions"));
        List<JsonObject> bulk = outsider.postJson("api/v1/teams/" + teamA + "/inbox/status",
                Body.of("numbers", List.of(ideaOfB), "status", "planned", "message", "x")).jsonArray()
                .getValuesAs(JsonObject.class);
        assertFalse(bulk.get(0).getBoolean("changed"), bulk.toString());
        assertForbidden(outsider.get("api/v1/teams/" + teamB + "/inbox?view=new"));
        assertForbidden(outsider.get("api/v1/teams/" + teamB + "/insights"));
        assertForbidden(outsider.get("api/v1/teams/" + teamB + "/export/ideas.csv"));

        JsonObject after = idea(ideaOfB);
        assertEquals(before.getString("title"), after.getString("title"));
        assertEquals(before.getString("status"), after.getString("status"));
        assertEquals(teamB, after.getJsonObject("team").getString("slug"));
        assertTrue(absent(after, "mergedInto"), after.toString());
        assertEquals(1, admin.get("api/v1/ideas/" + ideaOfB + "/timeline").jsonArray().size(), "only 'posted'");
    }

    @Test
    void theTeamsOwnManagerMayDoTheSame() {
        assertEquals(200, insider.postJson("api/v1/ideas/" + ideaOfB + "/status",
                Body.of("status", "planned", "message", "Shipping soon")).status());
        Api.Reply edited = insider.send("PATCH", "api/v1/ideas/" + ideaOfB, Body.of("title", "Retitled by its team"));
        assertEquals(200, edited.status(), edited.body());
        assertEquals(200, insider.postJson("api/v1/ideas/" + otherIdeaOfB + "/merge", Body.of("into", ideaOfB)).status());
        assertEquals(200, insider.postJson("api/v1/ideas/" + otherIdeaOfB + "/unmerge", null).status());
        assertEquals("planned", idea(ideaOfB).getString("status"));
    }

    @Test
    void anOutsiderCannotUnmergeAnotherTeamsMerge() {
        assertEquals(200, insider.postJson("api/v1/ideas/" + otherIdeaOfB + "/merge", Body.of("into", ideaOfB)).status());
        assertForbidden(outsider.postJson("api/v1/ideas/" + otherIdeaOfB + "/unmerge", null));
        assertEquals(ideaOfB, idea(otherIdeaOfB).getJsonNumber("mergedInto").longValue());
    }

    @Test
    void commentsAreOfficialOnlyFromTheOwningTeam() {
        Api.Reply fromOutsider = outsider.postJson("api/v1/ideas/" + ideaOfB + "/comments", Body.of("body", "My two cents"));
        assertEquals(201, fromOutsider.status(), fromOutsider.body());
        assertFalse(fromOutsider.json().getBoolean("official"), fromOutsider.body());
        assertTrue(absent(idea(ideaOfB), "firstResponseAt"), "a member's comment does not stop the SLA clock");
        Api.Reply fromInsider = insider.postJson("api/v1/ideas/" + ideaOfB + "/comments", Body.of("body", "We are on it"));
        assertEquals(201, fromInsider.status(), fromInsider.body());
        assertTrue(fromInsider.json().getBoolean("official"), fromInsider.body());
        assertFalse(absent(idea(ideaOfB), "firstResponseAt"), "the team's official answer stops the SLA clock");
    }

    @Test
    void storiesOfAnotherTeamsProductAreAnsweredOnlyByThatTeam() {
        Api.Reply product = admin.postJson("api/v1/teams/" + teamB + "/products", Body.of("name", "Bravo " + Words.unique()));
        assertEquals(201, product.status(), product.body());
        Api.Reply told = customer.postJson("api/v1/stories", Body.of("product", product.json().getString("slug"),
                "kind", "question", "title", "How do I export?", "body", "I cannot find the export button."));
        assertEquals(201, told.status(), told.body());
        long story = told.json().getJsonNumber("id").longValue();

        assertForbidden(outsider.postJson("api/v1/stories/" + story + "/answer", Body.of("answer", "Not my product")));
        assertForbidden(outsider.postJson("api/v1/stories/" + story + "/links", Body.of("idea", ideaOfB)));
        Api.Reply outsiderComment = outsider.postJson("api/v1/stories/" + story + "/comments", Body.of("body", "Hm"));
        assertEquals(201, outsiderComment.status(), outsiderComment.body());
        assertFalse(outsiderComment.json().getBoolean("official"));
        JsonObject unanswered = api.get("api/v1/stories/" + story).json();
        assertFalse(unanswered.getBoolean("answered"), unanswered.toString());
        assertTrue(unanswered.getJsonArray("ideas").isEmpty(), unanswered.toString());

        Api.Reply answered = insider.postJson("api/v1/stories/" + story + "/answer", Body.of("answer", "Under Settings."));
        assertEquals(200, answered.status(), answered.body());
        assertTrue(insider.postJson("api/v1/stories/" + story + "/comments", Body.of("body", "Glad to help"))
                .json().getBoolean("official"));
    }

    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    private static void assertForbidden(Api.Reply reply) {
        assertForbidden(reply, "");
    }

    private static void assertForbidden(Api.Reply reply, String why) {
        assertEquals(403, reply.status(), why + " " + reply.body());
        assertEquals("application/problem+json", reply.contentType(), reply.body());
    }
}
