package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/v1/ideas/{n}/status: who may, which moves, reasons, and the timeline that records it. */
@ExtendWith(ArquillianExtension.class)
class StatusWorkflowIT {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;
    Api manager;
    String team;
    String category;
    long idea;

    @BeforeEach
    void teamWithManagerAndIdea() throws Exception {
        api = new Api(base);
        admin = api.as(Members.admin(api));
        String[] filing = Crowd.teamWithCategory();
        team = filing[0];
        category = filing[1];
        Members.TestMember pm = Members.withRoles(api, "Pam Manager", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + team + "/members/" + pm.id(), Body.of("owns", "Mobile")).status());
        manager = new Api(base).as(pm.token());
        idea = postIn(category);
    }

    private long postIn(String categorySlug) {
        Api.Reply posted = new Api(base).as(Members.verified(api, "Ada Author").token())
                .postJson("api/v1/ideas", Body.of("title", "Workflow idea " + Words.unique(), "category", categorySlug));
        assertEquals(201, posted.status(), posted.body());
        return posted.json().getJsonNumber("number").longValue();
    }

    @Test
    void theTeamsProductManagerMovesTheIdeaAndTheTimelineShowsIt() {
        Api.Reply changed = manager.postJson("api/v1/ideas/" + idea + "/status",
                Body.of("status", "planned", "message", "On the Q3 roadmap."));

        assertEquals(200, changed.status(), changed.body());
        assertEquals("status", changed.json().getString("kind"));
        assertEquals("new", changed.json().getString("from"));
        assertEquals("planned", changed.json().getString("to"));
        assertEquals("Pam Manager", changed.json().getString("actor"));
        JsonObject read = api.get("api/v1/ideas/" + idea).json();
        assertEquals("planned", read.getString("status"));
        assertTrue(read.containsKey("firstResponseAt"), "a status change is a first response");
        JsonArray timeline = api.get("api/v1/ideas/" + idea + "/timeline").jsonArray();
        assertEquals(List.of("posted", "status"), timeline.stream().map(e -> e.asJsonObject().getString("kind")).toList());
        assertEquals("On the Q3 roadmap.", timeline.getJsonObject(1).getString("message"));
    }

    @Test
    void othersMayNotChangeTheStatus() throws Exception {
        Api member = new Api(base).as(Members.verified(api, "Mo Member").token());
        Members.TestMember otherPm = Members.withRoles(api, "Oz Otherteam", Role.PRODUCT_MANAGER);
        String otherTeam = Crowd.teamWithCategory()[0];
        assertEquals(204, admin.putJson("api/v1/teams/" + otherTeam + "/members/" + otherPm.id(), Body.of("owns", "")).status());

        assertEquals(403, member.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "planned")).status());
        assertEquals(403, new Api(base).as(otherPm.token())
                .postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "planned")).status());
        assertEquals(401, new Api(base).postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "planned")).status());
        assertEquals(200, admin.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "under_review")).status());
        assertEquals("under_review", api.get("api/v1/ideas/" + idea).json().getString("status"));
    }

    @Test
    void refusedMovesNameTheField() {
        IdeasApiIT.assertProblem(manager.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "shipped")), 400, "status");
        IdeasApiIT.assertProblem(manager.postJson("api/v1/ideas/" + idea + "/status", Body.of("message", "x")), 400, "status");
        IdeasApiIT.assertProblem(manager.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "new")), 400, "status");
        IdeasApiIT.assertProblem(manager.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "delivered")),
                400, "status"); // new -> delivered is not a configured move
        IdeasApiIT.assertProblem(manager.postJson("api/v1/ideas/" + idea + "/status",
                Body.of("status", "planned", "message", "m".repeat(5_001))), 400, "message");
        assertEquals(404, manager.postJson("api/v1/ideas/999999999/status", Body.of("status", "planned")).status());
        assertEquals("new", api.get("api/v1/ideas/" + idea).json().getString("status"), "nothing changed");
    }

    @Test
    void decliningAndReopeningNeedAReason() {
        IdeasApiIT.assertProblem(manager.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "declined")),
                400, "message");
        assertEquals(200, manager.postJson("api/v1/ideas/" + idea + "/status",
                Body.of("status", "declined", "message", "Out of scope for the product.")).status());
        IdeasApiIT.assertProblem(manager.postJson("api/v1/ideas/" + idea + "/status",
                Body.of("status", "under_review", "message", "  ")), 400, "message");
        assertEquals(200, manager.postJson("api/v1/ideas/" + idea + "/status",
                Body.of("status", "under_review", "message", "Many customers asked again.")).status());

        List<String> moves = api.get("api/v1/ideas/" + idea + "/timeline").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(e -> "status".equals(e.getString("kind")))
                .map(e -> e.getString("from") + ">" + e.getString("to")).toList();
        assertEquals(List.of("new>declined", "declined>under_review"), moves);
    }

    @Test
    void adminsConfigureTheAllowedMoves() {
        JsonArray original = admin.get("api/v1/admin/status-transitions").jsonArray();
        assertTrue(original.contains(jakarta.json.Json.createArrayBuilder().add("new").add("planned").build()), original.toString());
        try {
            IdeasApiIT.assertProblem(admin.putJson("api/v1/admin/status-transitions",
                    Body.of("transitions", List.of(List.of("new", "nowhere")))), 400, "transitions");
            Api.Reply stranding = admin.putJson("api/v1/admin/status-transitions",
                    Body.of("transitions", List.of(List.of("new", "delivered"))));
            IdeasApiIT.assertProblem(stranding, 400, "transitions");
            assertTrue(stranding.body().contains("No chain of moves leads from New to Under review"), stranding.body());
            assertEquals(original, admin.get("api/v1/admin/status-transitions").jsonArray(), "nothing stored");

            List<List<String>> moves = new java.util.ArrayList<>(original.stream()
                    .map(pair -> pair.asJsonArray().getValuesAs(jakarta.json.JsonString::getString))
                    .filter(pair -> !pair.equals(List.of("new", "planned"))).toList());
            moves.add(List.of("new", "delivered"));
            Api.Reply replaced = admin.putJson("api/v1/admin/status-transitions", Body.of("transitions", moves));
            assertEquals(200, replaced.status(), replaced.body());

            IdeasApiIT.assertProblem(manager.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "planned")),
                    400, "status");
            assertEquals(200, manager.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "delivered")).status());
        } finally {
            assertEquals(200, admin.putJson("api/v1/admin/status-transitions",
                    "{\"transitions\":" + original + "}").status());
        }
    }
}
