package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Teams, routing rules, the triage inbox with its SLA clock, reassigning and bulk changes. */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;
    String team;
    Members.TestMember pm;
    Api manager;

    @BeforeEach
    void teamWithManager() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
        Api.Reply created = admin.postJson("api/v1/teams", Body.of("name", "Billing " + Words.unique(), "slaHours", 1));
        assertEquals(201, created.status(), created.body());
        team = created.json().getString("slug");
        pm = Members.withRoles(api, "Ivy Inbox", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + team + "/members/" + pm.id(), Body.of("owns", "Invoices")).status());
        manager = new Api(base).as(pm.token());
    }

    @Test
    void teamsAreManagedByAdminsWithClearErrors() {
        assertEquals(1, admin.get("api/v1/teams/" + team).json().getInt("slaHours"));
        IdeasApiIT.assertProblem(admin.postJson("api/v1/teams", Body.of("name", "")), 400, "name");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/teams", Body.of("name", "Dup", "slug", team)), 409, "slug");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/teams", Body.of("name", "Bad slug", "slug", "Not A Slug")), 400, "slug");
        IdeasApiIT.assertProblem(admin.send("PATCH", "api/v1/teams/" + team, Body.of("slaHours", 0)), 400, "slaHours");
        IdeasApiIT.assertProblem(admin.putJson("api/v1/teams/" + team + "/members/999999999", Body.of("owns", "")),
                400, "member");
        Members.TestMember customer = Members.verified(api, "Not Staff");
        IdeasApiIT.assertProblem(admin.putJson("api/v1/teams/" + team + "/members/" + customer.id(), Body.of("owns", "")),
                400, "member");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/teams/" + team + "/rules", Body.of("kind", "regex", "value", "x+")),
                400, "kind");
        assertEquals(403, manager.postJson("api/v1/teams", Body.of("name", "Sneaky team")).status());
        assertEquals(200, admin.send("PATCH", "api/v1/teams/" + team, Body.of("description", "Invoices and payments")).status());
        assertEquals("Invoices and payments", api.get("api/v1/teams/" + team).json().getString("description"));
    }

    @Test
    void rulesRouteIdeasAndTheRestWaitsInCommunityTriage() {
        String keyword = Words.unique();
        String tag = Words.unique();
        assertEquals(201, admin.postJson("api/v1/teams/" + team + "/rules", Body.of("kind", "keyword", "value", keyword)).status());
        IdeasApiIT.assertProblem(admin.postJson("api/v1/teams/" + team + "/rules", Body.of("kind", "tag", "value", tag)),
                400, "value"); // no such tag yet: the rule could never match
        assertEquals(201, admin.postJson("api/v1/tags", Body.of("name", tag)).status());
        assertEquals(201, admin.postJson("api/v1/teams/" + team + "/rules", Body.of("kind", "tag", "value", tag)).status());
        IdeasApiIT.assertProblem(admin.postJson("api/v1/teams/" + team + "/rules", Body.of("kind", "tag", "value", tag)),
                409, "value");
        Api author = new Api(base).as(Members.verified(api, "Rob Router").token());

        long byKeyword = author.postIdea("Pay by " + keyword.toUpperCase(), "");
        long byTag = number(author.postJson("api/v1/ideas", Body.of("title", "Some payment idea", "tags", List.of(tag))));
        long unrouted = author.postIdea("Something nobody owns " + Words.unique(), "");

        assertEquals(team, api.get("api/v1/ideas/" + byKeyword).json().getJsonObject("team").getString("slug"));
        assertEquals(team, api.get("api/v1/ideas/" + byTag).json().getJsonObject("team").getString("slug"));
        assertFalse(api.get("api/v1/ideas/" + unrouted).json().containsKey("team"));
        List<Long> triage = numbers(manager.get("api/v1/triage?view=new&limit=100").json());
        assertTrue(triage.contains(unrouted) && !triage.contains(byKeyword), triage.toString());
        assertTrue(numbers(manager.get("api/v1/teams/" + team + "/inbox?view=new").json()).containsAll(List.of(byKeyword, byTag)));
    }

    @Test
    void theSlaClockFlagsOverdueIdeasAndStopsAtTheFirstOfficialAnswer() throws Exception {
        Api author = new Api(base).as(Members.verified(api, "Sal Clock").token());
        long late = routed(author, "Late invoice idea");
        long fresh = routed(author, "Fresh invoice idea");
        Crowd.sql("UPDATE idea SET created_at = created_at - INTERVAL 2 HOUR WHERE number = ?", late);

        JsonObject overdue = manager.get("api/v1/teams/" + team + "/inbox?view=overdue").json();
        assertEquals(List.of(late), numbers(overdue));
        assertTrue(item(overdue, late).getBoolean("overdue"));
        JsonObject awaiting = manager.get("api/v1/teams/" + team + "/inbox?view=awaiting").json();
        assertEquals(List.of(late, fresh), numbers(awaiting), "oldest first");
        assertFalse(item(awaiting, fresh).getBoolean("overdue"));

        assertEquals(201, manager.postJson("api/v1/ideas/" + late + "/comments", Body.of("body", "We are on it.")).status());

        assertEquals(List.of(fresh), numbers(manager.get("api/v1/teams/" + team + "/inbox?view=awaiting").json()));
        assertEquals(List.of(), numbers(manager.get("api/v1/teams/" + team + "/inbox?view=overdue").json()));
        assertTrue(api.get("api/v1/ideas/" + late).json().containsKey("firstResponseAt"));
        assertEquals(201, author.postJson("api/v1/ideas/" + late + "/comments", Body.of("body", "Thanks! Any date?")).status());
        assertTrue(numbers(manager.get("api/v1/teams/" + team + "/inbox?view=activity").json()).contains(late));
        IdeasApiIT.assertProblem(manager.get("api/v1/teams/" + team + "/inbox?view=someday"), 400, "view");
        assertEquals(403, new Api(base).as(Members.withRoles(api, "Other Pm", Role.PRODUCT_MANAGER).token())
                .get("api/v1/teams/" + team + "/inbox").status());
    }

    @Test
    void reassigningKeepsTheHistoryAndTellsTheNewTeam() {
        Api author = new Api(base).as(Members.verified(api, "Ray Reassign").token());
        long idea = routed(author, "Wrong team idea");
        Api.Reply other = admin.postJson("api/v1/teams", Body.of("name", "Payments " + Words.unique()));
        String otherTeam = other.json().getString("slug");
        Members.TestMember otherPm = Members.withRoles(api, "Otto Other", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + otherTeam + "/members/" + otherPm.id(), Body.of("owns", "")).status());

        Api.Reply moved = manager.postJson("api/v1/ideas/" + idea + "/team", Body.of("team", otherTeam, "message", "Yours"));

        assertEquals(200, moved.status(), moved.body());
        assertEquals(otherTeam, api.get("api/v1/ideas/" + idea).json().getJsonObject("team").getString("slug"));
        JsonObject told = new Api(base).as(otherPm.token()).get("api/v1/me/notifications").json();
        assertEquals(idea, told.getJsonArray("items").getJsonObject(0).getJsonNumber("idea").longValue());
        assertEquals("team", told.getJsonArray("items").getJsonObject(0).getString("kind"));
        List<String> kinds = api.get("api/v1/ideas/" + idea + "/timeline").jsonArray().stream()
                .map(e -> e.asJsonObject().getString("kind")).toList();
        assertEquals(List.of("posted", "team"), kinds);
        assertEquals(403, manager.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "planned")).status(),
                "the old team's manager no longer owns it");
    }

    @Test
    void theInboxIsNarrowedAndSortedAndIdeasMoveToAnotherCategory() {
        Api author = new Api(base).as(Members.verified(api, "Fil Filter").token());
        String first = admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Cat " + Words.unique()))
                .json().getString("slug");
        String second = admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Cat " + Words.unique()))
                .json().getString("slug");
        long low = number(author.postJson("api/v1/ideas", Body.of("title", "Low score " + Words.unique(), "category", first)));
        long high = number(author.postJson("api/v1/ideas", Body.of("title", "High score " + Words.unique(), "category", first)));
        long elsewhere = number(author.postJson("api/v1/ideas", Body.of("title", "Other cat " + Words.unique(), "category", second)));
        assertEquals(200, new Api(base).as(Members.verified(api, "Vic Voter").token())
                .putJson("api/v1/ideas/" + high + "/vote", Body.of("direction", "up")).status());

        assertEquals(List.of(high, low), numbers(manager.get("api/v1/teams/" + team + "/inbox?view=new&sort=score&category="
                + first).json()));
        assertEquals(List.of(low, high), numbers(manager.get("api/v1/teams/" + team + "/inbox?view=awaiting&sort=oldest&category="
                + first).json()));
        assertEquals(List.of(), numbers(manager.get("api/v1/teams/" + team + "/inbox?view=new&status=planned").json()));
        IdeasApiIT.assertProblem(manager.get("api/v1/teams/" + team + "/inbox?sort=loudest"), 400, "sort");
        IdeasApiIT.assertProblem(manager.get("api/v1/teams/" + team + "/inbox?category=no-such-category"), 400, "category");

        Api.Reply moved = manager.postJson("api/v1/ideas/" + elsewhere + "/team", Body.of("category", first));
        assertEquals(200, moved.status(), moved.body());
        assertEquals(first, api.get("api/v1/ideas/" + elsewhere).json().getJsonObject("category").getString("slug"));
        IdeasApiIT.assertProblem(manager.postJson("api/v1/ideas/" + elsewhere + "/team", Body.of("category", first)),
                400, "category");
    }

    @Test
    void bulkStatusChangesEachIdeaAndReportsEachResult() {
        Api author = new Api(base).as(Members.verified(api, "Bea Bulk").token());
        long one = routed(author, "Bulk one");
        long two = routed(author, "Bulk two");
        assertEquals(200, manager.postJson("api/v1/ideas/" + two + "/status", Body.of("status", "planned")).status());

        Api.Reply bulk = manager.postJson("api/v1/teams/" + team + "/inbox/status",
                Body.of("numbers", List.of(one, two), "status", "under_review", "message", "Triaged"));

        assertEquals(200, bulk.status(), bulk.body());
        List<JsonObject> results = bulk.jsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertTrue(results.get(0).getBoolean("changed"));
        assertTrue(results.get(1).getBoolean("changed"), "planned -> under_review is allowed");
        assertEquals("under_review", api.get("api/v1/ideas/" + one).json().getString("status"));
        IdeasApiIT.assertProblem(manager.postJson("api/v1/teams/" + team + "/inbox/status",
                Body.of("numbers", List.of(), "status", "planned")), 400, "numbers");
    }

    private long routed(Api author, String title) {
        Api.Reply created = admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Cat " + Words.unique()));
        assertEquals(201, created.status(), created.body());
        return number(author.postJson("api/v1/ideas", Body.of("title", title + " " + Words.unique(),
                "category", created.json().getString("slug"))));
    }

    private static long number(Api.Reply created) {
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("number").longValue();
    }

    private static List<Long> numbers(JsonObject inbox) {
        return inbox.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("number").longValue()).toList();
    }

    private static JsonObject item(JsonObject inbox, long number) {
        return inbox.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("number").longValue() == number).findFirst().orElseThrow();
    }
}
