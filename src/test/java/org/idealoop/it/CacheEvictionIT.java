package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Members, tokens, teams, categories and blocked words are kept in memory; each change is seen by the very
 * next request. Every test first reads the thing twice (so the second read came from memory), then changes
 * it through the API and reads again at once: without the eviction the old value would be served.
 */
@ExtendWith(ArquillianExtension.class)
class CacheEvictionIT {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;

    @BeforeEach
    void install() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
    }

    @Test
    void aRevokedPersonalTokenIsRefusedOnTheVeryNextCall() {
        Members.TestMember rita = Members.verified(api, "Rita Revoker");
        Api.Reply created = api.as(rita.token()).postJson("api/v1/me/tokens", Body.of("name", "laptop"));
        assertEquals(201, created.status(), created.body());
        Api personal = api.as(created.json().getString("token"));
        assertEquals(200, personal.get("api/v1/me").status());
        assertEquals(200, personal.get("api/v1/me").status());

        assertEquals(204, api.as(rita.token()).delete("api/v1/me/tokens/" + created.json().getJsonNumber("id")).status());

        assertEquals(401, personal.get("api/v1/me").status());
        assertEquals(200, api.as(rita.token()).get("api/v1/me").status(), "her other token still works");
    }

    @Test
    void aDemotedProductManagerLosesStaffAccessOnTheNextRequest() {
        String team = team("Dora's team");
        Members.TestMember dora = Members.withRoles(api, "Dora Demoted", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + team + "/members/" + dora.id(), Body.of("owns", "")).status());
        Api asDora = api.as(dora.token());
        assertEquals(200, asDora.get("api/v1/teams/" + team + "/inbox").status());
        assertEquals(200, asDora.get("api/v1/teams/" + team + "/inbox").status());

        assertEquals(200, admin.putJson("api/v1/members/" + dora.id() + "/roles",
                Body.of("roles", List.of("MEMBER"))).status());

        assertEquals(403, asDora.get("api/v1/teams/" + team + "/inbox").status());
        assertFalse(asDora.get("api/v1/me").json().getJsonArray("roles").toString().contains("PRODUCT_MANAGER"));
    }

    @Test
    void aSuspendedMemberCannotVoteOnTheNextRequestAndABannedOneIsSignedOut() {
        Api moderator = api.as(Members.withRoles(api, "Mona Moderator", Role.MODERATOR).token());
        Members.TestMember sam = Members.verified(api, "Sam Suspended");
        Api asSam = api.as(sam.token());
        long idea = api.as(Members.verified(api, "Ivo Ideas").token()).postIdea("Cached vote " + Words.unique(), "");
        assertEquals(200, asSam.putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up")).status());
        assertEquals(200, asSam.get("api/v1/me").status());

        assertEquals(200, moderator.postJson("api/v1/moderation/actions", Body.of("action", "suspend", "type", "member",
                "id", sam.id(), "reason", "Cool down", "until", Instant.now().plusSeconds(3600).toString())).status());

        assertEquals(403, asSam.putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "down")).status());

        assertEquals(200, moderator.postJson("api/v1/moderation/actions", Body.of("action", "ban", "type", "member",
                "id", sam.id(), "reason", "Enough")).status());

        assertEquals(401, asSam.get("api/v1/me").status());
    }

    @Test
    void aRenamedTeamShowsItsNewNameOnTheNextApiReadAndPage() {
        String team = team("Old Harbour");
        assertTrue(api.get("api/v1/teams/" + team).json().getString("name").startsWith("Old Harbour"));
        assertTrue(api.get("api/v1/teams/" + team).json().getString("name").startsWith("Old Harbour"));
        assertTrue(api.get("teams/" + team).body().contains("Old Harbour"));

        String renamed = "New Harbour " + Words.unique();
        assertEquals(200, admin.send("PATCH", "api/v1/teams/" + team, Body.of("name", renamed)).status());

        assertEquals(renamed, api.get("api/v1/teams/" + team).json().getString("name"));
        assertTrue(api.get("teams/" + team).body().contains(renamed));
        assertTrue(api.get("api/v1/teams").body().contains(renamed));
    }

    @Test
    void aRenamedCategoryShowsItsNewNameOnTheNextRead() {
        String team = team("Category keepers");
        Api.Reply added = admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Gardens " + Words.unique()));
        assertEquals(201, added.status(), added.body());
        String slug = added.json().getString("slug");
        assertEquals(added.json().getString("name"), categoryName(slug));
        assertEquals(added.json().getString("name"), categoryName(slug));

        String renamed = "Parks " + Words.unique();
        assertEquals(200, admin.send("PATCH", "api/v1/teams/" + team + "/categories/" + added.json().getJsonNumber("id"),
                Body.of("name", renamed)).status());

        assertEquals(renamed, categoryName(slug));
    }

    @Test
    void aBlockedWordIsRefusedOnTheNextPostAndAllowedAgainOnceRemoved() {
        String word = "zorblax" + Words.unique().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        Api author = api.as(Members.verified(api, "Bea Blocked").token());
        assertEquals(201, author.postJson("api/v1/ideas", Body.of("title", "Clean title " + Words.unique())).status());

        assertEquals(201, admin.postJson("api/v1/admin/blocked-words", Body.of("word", word)).status());
        try {
            IdeasApiIT.assertProblem(author.postJson("api/v1/ideas", Body.of("title", "About " + word + " again")),
                    400, "title");
        } finally {
            assertEquals(204, admin.delete("api/v1/admin/blocked-words/" + word).status());
        }

        assertEquals(201, author.postJson("api/v1/ideas", Body.of("title", "About " + word + " now")).status());
    }

    @Test
    void aHiddenIdeaIsNotServedOnTheNextRead() throws Exception {
        long idea = api.as(Members.verified(api, "Hal Hidden").token()).postIdea("Soon hidden " + Words.unique(), "");
        assertEquals(200, api.get("api/v1/ideas/" + idea).status());
        assertTrue(numbers(api.get("api/v1/ideas?sort=new&limit=50")).contains(idea));

        assertEquals(200, admin.postJson("api/v1/moderation/actions", Body.of("action", "hide", "type", "idea",
                "id", idea, "reason", "Spam")).status());

        assertEquals(404, api.get("api/v1/ideas/" + idea).status());
        assertFalse(numbers(api.get("api/v1/ideas?sort=new&limit=50")).contains(idea));
    }

    @Test
    void aDeletedAccountIsShownAsAFormerMemberOnTheNextList() {
        Members.TestMember dee = Members.verified(api, "Dee Departing");
        long idea = api.as(dee.token()).postIdea("By someone leaving " + Words.unique(), "");
        assertEquals("Dee Departing", authorOf(idea)); // authors' names come from memory after the first read
        assertEquals("Dee Departing", authorOf(idea));

        assertEquals(204, api.as(dee.token()).postJson("api/v1/me/deletion",
                Body.of("currentPassword", dee.password())).status());

        String shown = authorOf(idea);
        assertFalse(shown.contains("Dee"), "the deleted member's name is gone at once, shown: " + shown);
    }

    private String authorOf(long idea) {
        Api.Reply list = api.get("api/v1/ideas?sort=new&limit=50");
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("number").longValue() == idea)
                .map(i -> i.getJsonObject("author").getString("displayName")).findFirst().orElseThrow();
    }

    private String team(String name) {
        Api.Reply created = admin.postJson("api/v1/teams", Body.of("name", name + " " + Words.unique()));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("slug");
    }

    private String categoryName(String slug) {
        for (JsonValue category : api.get("api/v1/categories").jsonArray()) {
            if (category.asJsonObject().getString("slug").equals(slug)) {
                return category.asJsonObject().getString("name");
            }
        }
        return null;
    }

    private static List<Long> numbers(Api.Reply list) {
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("number").longValue()).toList();
    }
}
