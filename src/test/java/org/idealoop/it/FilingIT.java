package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Categories route ideas to teams; tags label them; both filter the list. */
@ExtendWith(ArquillianExtension.class)
class FilingIT {

    @ArquillianResource
    URL base;

    Api api;
    static String member;

    @BeforeEach
    void client() {
        api = new Api(base);
        if (member == null) {
            member = Members.verified(api, "Fil Filing").token();
        }
    }

    private Api.Reply post(String json) {
        return api.as(member).postJson("api/v1/ideas", json);
    }

    @Test
    void aCategoryRoutesTheIdeaToItsTeamAndTagsLabelIt() throws Exception {
        String[] filing = Crowd.teamWithCategory();
        String word = Words.unique();

        Api.Reply created = post(Body.of("title", "Filed idea " + word, "category", filing[1],
                "tags", List.of("Battery life", "battery-life", "Travel")));

        assertEquals(201, created.status(), created.body());
        JsonObject idea = api.get("api/v1/ideas/" + created.json().getJsonNumber("number").longValue()).json();
        assertEquals(filing[0], idea.getJsonObject("team").getString("slug"));
        assertEquals(filing[1], idea.getJsonObject("category").getString("slug"));
        assertEquals("[\"Battery life\",\"Travel\"]", idea.getJsonArray("tags").toString(), "duplicates collapse");

        assertEquals(List.of(idea.getJsonNumber("number").longValue()), numbers("category=" + filing[1]));
        assertEquals(List.of(idea.getJsonNumber("number").longValue()), numbers("team=" + filing[0]));
        assertTrue(numbers("tag=travel&sort=new").contains(idea.getJsonNumber("number").longValue()));
        assertTrue(api.get("api/v1/categories").body().contains(filing[1]));
        assertTrue(api.get("api/v1/tags").body().contains("\"battery-life\""));
    }

    @Test
    void categoryTagAndTeamPagesListTheirIdeas() throws Exception {
        String[] filing = Crowd.teamWithCategory();
        String title = "Paged by category " + Words.unique();
        String tag = "tag " + Words.unique();
        assertEquals(201, post(Body.of("title", title, "category", filing[1], "tags", List.of(tag))).status());

        assertTrue(api.get("categories/" + filing[1]).body().contains(title));
        assertTrue(api.get("teams/" + filing[0]).body().contains(title));
        assertTrue(api.get("tags/" + org.idealoop.domain.idea.Slug.of(tag)).body().contains(title));
        assertEquals(404, api.get("categories/no-such-category").status());
        assertEquals(404, api.get("tags/no-such-tag-" + Words.unique()).status());
    }

    @Test
    void withoutCategoryOrTeamTheIdeaWaitsForTriage() {
        JsonObject idea = post(Body.of("title", "Unfiled idea " + Words.unique())).json();

        assertTrue(idea.get("team") == null || idea.isNull("team"));
    }

    @Test
    void badFilingIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
        String[] filing = Crowd.teamWithCategory();
        String[] otherFiling = Crowd.teamWithCategory();
        long newest = numbers("sort=new&mine=true").stream().findFirst().orElse(0L);

        IdeasApiIT.assertProblem(post(Body.of("title", "Bad category", "category", "no-such-category")), 400, "category");
        IdeasApiIT.assertProblem(post(Body.of("title", "Bad team here", "team", "no-such-team")), 400, "team");
        IdeasApiIT.assertProblem(post(Body.of("title", "Mismatched team", "team", otherFiling[0],
                "category", filing[1])), 400, "team");
        IdeasApiIT.assertProblem(post(Body.of("title", "Too many tags", "tags", List.of("a1", "b2", "c3", "d4", "e5", "f6"))),
                400, "tags");
        IdeasApiIT.assertProblem(post(Body.of("title", "Bad tag name", "tags", List.of("<script>"))), 400, "tags");
        IdeasApiIT.assertProblem(api.get("api/v1/ideas?category=nope"), 400, "category");
        IdeasApiIT.assertProblem(api.get("api/v1/ideas?team=nope"), 400, "team");
        IdeasApiIT.assertProblem(api.get("api/v1/ideas?tag=nope-" + Words.unique()), 400, "tag");

        assertEquals(newest, numbers("sort=new&mine=true").stream().findFirst().orElse(0L), "nothing stored");
    }

    @Test
    void staffCreateTagsMembersMayNot() {
        String pm = Members.withRoles(api, "Tad Tagger", Role.PRODUCT_MANAGER).token();
        String name = "Staff tag " + Words.unique();

        assertEquals(201, api.as(pm).postJson("api/v1/tags", Body.of("name", name)).status());
        IdeasApiIT.assertProblem(api.as(pm).postJson("api/v1/tags", Body.of("name", name)), 409, "name");
        for (String bad : List.of("--", "<script>", "x", " - - ")) { // refused naming the request's own field
            IdeasApiIT.assertProblem(api.as(pm).postJson("api/v1/tags", Body.of("name", bad)), 400, "name");
        }
        assertEquals(403, api.as(member).postJson("api/v1/tags", Body.of("name", "Member tag")).status());
    }

    @Test
    void parallelCreationOfOneTagMakesOneTagAndNoError() throws Exception {
        String pm = Members.withRoles(api, "Tia Tagger", Role.PRODUCT_MANAGER).token();
        String name = "Raced tag " + Words.unique();

        List<Api.Reply> replies = Races.run(8, i -> api.as(pm).postJson("api/v1/tags", Body.of("name", name)));

        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
        for (Api.Reply reply : replies) {
            if (reply.status() != 201) {
                IdeasApiIT.assertProblem(reply, 409, "name");
            }
        }
        assertEquals(1, Crowd.count("SELECT COUNT(*) FROM tag WHERE name = '" + name + "'"));
    }

    @Test
    void ideasPostedAtOnceWithOneNewTagShareOneTag() throws Exception {
        String tag = "Fresh tag " + Words.unique();

        List<Api.Reply> replies = Races.run(8, i -> post(Body.of("title", "Tagged at once " + i + " " + Words.unique(),
                "tags", List.of(tag))));

        for (Api.Reply reply : replies) {
            assertEquals(201, reply.status(), reply.body());
        }
        assertEquals(1, Crowd.count("SELECT COUNT(*) FROM tag WHERE name = '" + tag + "'"));
        assertEquals(8, Crowd.count("SELECT COUNT(*) FROM idea_tag it JOIN tag t ON t.id = it.tag_id WHERE t.name = '"
                + tag + "'"));
    }

    private List<Long> numbers(String query) {
        Api.Reply reply = api.as(member).get("api/v1/ideas?" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(i -> i.getJsonNumber("number").longValue()).toList();
    }
}
