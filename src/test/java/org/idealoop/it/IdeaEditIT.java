package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonArray;
import java.net.URL;
import java.time.Duration;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Editing ideas: the author within the window, staff always; every edit keeps a revision. */
@ExtendWith(ArquillianExtension.class)
class IdeaEditIT {

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void theAuthorEditsAndTheOldTextIsKept() {
        Members.TestMember ed = Members.verified(api, "Ed Editor");
        String word = Words.unique();
        long number = api.as(ed.token()).postIdea("Typo in teh title", "Old body");

        var edited = api.as(ed.token()).send("PATCH", "api/v1/ideas/" + number,
                Body.of("title", "No typo in the title " + word)).json();

        assertEquals("No typo in the title " + word, edited.getString("title"));
        assertEquals("Old body", edited.getString("body"));
        JsonArray revisions = jakarta.json.Json.createReader(new java.io.StringReader(
                api.as(ed.token()).get("api/v1/ideas/" + number + "/revisions").body())).readArray();
        assertEquals("Typo in teh title", revisions.getJsonObject(0).getString("title"));
        Api.Reply found = api.await("api/v1/search?q=" + word,
                r -> r.status() == 200 && r.json().getJsonNumber("total").longValue() > 0, Duration.ofSeconds(30));
        assertEquals(number, found.json().getJsonArray("hits").getJsonObject(0).getJsonNumber("number").longValue(),
                "the index follows the edit");
    }

    @Test
    void othersMayNotEditOrSeeTheHistoryButStaffMay() {
        Members.TestMember ann = Members.verified(api, "Ann Author");
        Members.TestMember bob = Members.verified(api, "Bob Bystander");
        Members.TestMember mod = Members.withRoles(api, "Moe Moderator", Role.MODERATOR);
        long number = api.as(ann.token()).postIdea("Ann's idea " + Words.unique(), "");

        assertEquals(403, api.as(bob.token()).send("PATCH", "api/v1/ideas/" + number, Body.of("body", "Mine now")).status());
        assertEquals(403, api.as(bob.token()).get("api/v1/ideas/" + number + "/revisions").status());
        assertEquals(200, api.as(mod.token()).send("PATCH", "api/v1/ideas/" + number,
                Body.of("body", "Tidied by a moderator")).status());
        assertEquals(200, api.as(mod.token()).get("api/v1/ideas/" + number + "/revisions").status());
        assertFalse(api.get("api/v1/ideas/" + number).json().getString("body").contains("Mine now"));
    }

    @Test
    void badEditsAreRefusedNamingTheField() {
        Members.TestMember fix = Members.verified(api, "Fix Fields");
        long number = api.as(fix.token()).postIdea("A fine title here", "");

        IdeasApiIT.assertProblem(api.as(fix.token()).send("PATCH", "api/v1/ideas/" + number, Body.of("title", "")),
                400, "title");
        IdeasApiIT.assertProblem(api.as(fix.token()).send("PATCH", "api/v1/ideas/" + number,
                Body.of("body", "b".repeat(10_001))), 400, "body");
        assertEquals(404, api.as(fix.token()).send("PATCH", "api/v1/ideas/999999999", Body.of("body", "x")).status());
        assertEquals("A fine title here", api.get("api/v1/ideas/" + number).json().getString("title"));
    }
}
