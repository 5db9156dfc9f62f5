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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Merging duplicates: vote arithmetic with overlapping voters, the frozen duplicate, and unmerging. */
@ExtendWith(ArquillianExtension.class)
class MergeIT {

    @ArquillianResource
    URL base;

    @Test
    void votersMoveOverOnceEachAndUnmergingRestoresBothIdeas() throws Exception {
        Api api = new Api(base);
        Api author = api.as(Members.verified(api, "Dup Author").token());
        long original = author.postIdea("Export to CSV " + Words.unique(), "");
        long duplicate = author.postIdea("CSV export please " + Words.unique(), "");
        List<Crowd.CrowdMember> voters = Crowd.members(5);
        vote(voters.get(0), original, "up");
        vote(voters.get(1), original, "up");
        vote(voters.get(2), original, "up");
        vote(voters.get(2), duplicate, "up"); // voted on both: must not count twice
        vote(voters.get(3), duplicate, "up");
        vote(voters.get(4), duplicate, "down");
        Api moderator = new Api(base).as(Members.withRoles(api, "Mia Moderator", Role.MODERATOR).token());

        Api.Reply merged = moderator.postJson("api/v1/ideas/" + duplicate + "/merge", Body.of("into", original));

        assertEquals(200, merged.status(), merged.body());
        assertTally(api, original, 4, 1);
        assertTally(api, duplicate, 2, 1); // the duplicate keeps its own votes for an unmerge
        JsonObject frozen = api.get("api/v1/ideas/" + duplicate).json();
        assertEquals("duplicate", frozen.getString("status"));
        assertEquals(original, frozen.getJsonNumber("mergedInto").longValue());
        assertTrue(frozen.getBoolean("locked"));
        assertEquals(409, new Api(base).as(voters.get(0).token())
                .putJson("api/v1/ideas/" + duplicate + "/vote", Body.of("direction", "up")).status());
        assertTrue(new Api(base).as(voters.get(3).token()).get("api/v1/me/followed-ideas").body()
                .contains("\"number\":" + original), "followers of the duplicate follow the original");
        assertTrue(new Api(base).as(voters.get(4).token()).get("api/v1/me/notifications").body()
                .contains("\"kind\":\"merge\""), "everyone on the duplicate is told");
        IdeasApiIT.assertProblem(moderator.postJson("api/v1/ideas/" + duplicate + "/merge", Body.of("into", original)),
                409, "into");

        Api.Reply unmerged = moderator.postJson("api/v1/ideas/" + duplicate + "/unmerge", "");

        assertEquals(200, unmerged.status(), unmerged.body());
        assertTally(api, original, 3, 0);
        assertTally(api, duplicate, 2, 1);
        JsonObject restored = api.get("api/v1/ideas/" + duplicate).json();
        assertEquals("new", restored.getString("status"));
        assertFalse(restored.containsKey("mergedInto"));
        assertFalse(restored.getBoolean("locked"));
        assertEquals(200, new Api(base).as(voters.get(0).token())
                .putJson("api/v1/ideas/" + duplicate + "/vote", Body.of("direction", "up")).status());
    }

    @Test
    void badMergesAreRefused() {
        Api api = new Api(base);
        Api author = api.as(Members.verified(api, "Bad Merger").token());
        long one = author.postIdea("Merge target one " + Words.unique(), "");
        long two = author.postIdea("Merge target two " + Words.unique(), "");
        Api pm = new Api(base).as(Members.withRoles(api, "Pat Merger", Role.PRODUCT_MANAGER).token());

        assertEquals(403, author.postJson("api/v1/ideas/" + one + "/merge", Body.of("into", two)).status());
        IdeasApiIT.assertProblem(pm.postJson("api/v1/ideas/" + one + "/merge", Body.of("into", one)), 400, "into");
        IdeasApiIT.assertProblem(pm.postJson("api/v1/ideas/" + one + "/merge", Body.of("into", 999999999)), 400, "into");
        IdeasApiIT.assertProblem(pm.postJson("api/v1/ideas/" + one + "/merge", "{}"), 400, "into");
        IdeasApiIT.assertProblem(pm.postJson("api/v1/ideas/" + one + "/unmerge", ""), 409, "idea");
        assertEquals(404, pm.postJson("api/v1/ideas/999999999/merge", Body.of("into", one)).status());
        assertEquals(200, pm.postJson("api/v1/ideas/" + one + "/merge", Body.of("into", two)).status());
        IdeasApiIT.assertProblem(pm.postJson("api/v1/ideas/" + two + "/merge", Body.of("into", one)), 400, "into");

        // merged, the idea is frozen: its author no longer edits it, and nobody moves it to another team
        IdeasApiIT.assertProblem(author.send("PATCH", "api/v1/ideas/" + one, Body.of("title", "Retitled after the merge")),
                409, "title");
        Api admin = new Api(base).as(Members.admin(api));
        String team = PriorityIT.team(admin, "Frozen merges");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/ideas/" + one + "/team", Body.of("team", team)), 409, "team");
        JsonObject kept = api.get("api/v1/ideas/" + one).json();
        assertTrue(kept.getString("title").startsWith("Merge target one"), kept.toString());
        assertFalse(kept.containsKey("team") && !kept.isNull("team"), kept.toString());
    }

    private void vote(Crowd.CrowdMember voter, long idea, String direction) {
        assertEquals(200, new Api(base).as(voter.token())
                .putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", direction)).status());
    }

    private static void assertTally(Api api, long idea, int ups, int downs) {
        JsonObject read = api.get("api/v1/ideas/" + idea).json();
        assertEquals(ups, read.getInt("upVotes"), "ups of " + idea);
        assertEquals(downs, read.getInt("downVotes"), "downs of " + idea);
        assertEquals(ups - downs, read.getInt("score"), "score of " + idea);
    }
}
