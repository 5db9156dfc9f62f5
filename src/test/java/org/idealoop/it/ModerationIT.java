package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Flags, moderator actions with their audit entries, sanctions, rate limits and content rules. */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;
    Api moderator;
    Members.TestMember author;

    @BeforeEach
    void people() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
        moderator = new Api(base).as(Members.withRoles(api, "Moe Moderator", Role.MODERATOR).token());
        author = Members.verified(api, "Sue Spammer");
    }

    @Test
    void anIdeaHiddenByFlagsIsGoneForMembersEverywhereButModeratorsSeeIt() throws Exception {
        String word = Words.unique();
        Api byAuthor = new Api(base).as(author.token());
        long idea = byAuthor.postIdea("Cheap " + word + " pills offer", "Buy " + word + " now");
        api.await("api/v1/search?q=" + word, r -> SearchIT.total(r) == 1, Duration.ofSeconds(30));
        List<Crowd.CrowdMember> flaggers = Crowd.established(3);

        JsonObject first = flag(flaggers.get(0), "idea", idea, "spam").json();
        assertEquals(1, first.getInt("flaggers"));
        assertFalse(first.getBoolean("hidden"));
        flag(flaggers.get(1), "idea", idea, "abuse");
        JsonObject third = flag(flaggers.get(2), "idea", idea, "spam").json();

        assertTrue(third.getBoolean("hidden"), "three distinct flaggers hide it");
        Api member = new Api(base).as(flaggers.get(0).token());
        assertEquals(404, member.get("api/v1/ideas/" + idea).status());
        assertEquals(404, member.get("api/v1/ideas/" + idea + "/comments").status());
        assertEquals(404, new Api(base).get("ideas/" + idea).status());
        assertFalse(member.get("api/v1/ideas?sort=new&limit=100").body().contains("\"number\":" + idea + ","));
        assertEquals(0, SearchIT.total(api.await("api/v1/search?q=" + word, r -> SearchIT.total(r) == 0, Duration.ofSeconds(30))));
        assertFalse(api.get("api/v1/ideas/similar?title=" + Api.encode("cheap " + word + " pills")).body()
                .contains("\"number\":" + idea + ","));
        assertEquals(404, api.get("feeds/ideas/" + idea + ".atom").status());
        JsonObject seen = moderator.get("api/v1/ideas/" + idea).json();
        assertTrue(seen.getBoolean("hidden"), "moderators still see it, marked hidden");
        JsonArray audit = admin.get("api/v1/audit?type=idea&id=" + idea).jsonArray();
        assertEquals(1, audit.size(), audit.toString());
        assertEquals("auto_hide", audit.getJsonObject(0).getString("action"));
        assertTrue(audit.getJsonObject(0).getString("before").contains("hidden=false"));
        assertTrue(audit.getJsonObject(0).getString("after").contains("hidden=true"));
        JsonArray queue = moderator.get("api/v1/moderation/queue").jsonArray();
        JsonObject queued = queue.stream().map(v -> v.asJsonObject())
                .filter(q -> q.getJsonNumber("id").longValue() == idea).findFirst().orElseThrow();
        assertEquals(3, queued.getInt("flaggers"));
        assertEquals("Sue Spammer", queued.getJsonObject("author").getString("displayName"));
    }

    @Test
    void flagsFromNewAccountsQueueTheIdeaButDoNotHideIt() throws Exception {
        long idea = new Api(base).as(author.token()).postIdea("Unpopular opinion " + Words.unique(), "");
        List<Crowd.CrowdMember> newcomers = Crowd.members(3); // verified, joined today: new members

        JsonObject last = null;
        for (Crowd.CrowdMember newcomer : newcomers) {
            last = flag(newcomer, "idea", idea, "abuse").json();
        }

        assertEquals(3, last.getInt("flaggers"));
        assertFalse(last.getBoolean("hidden"), "three fresh accounts do not silence anyone");
        assertEquals(200, new Api(base).get("api/v1/ideas/" + idea).status());
        assertEquals(0, admin.get("api/v1/audit?type=idea&id=" + idea).jsonArray().size(), "no auto_hide entry");
        JsonObject queued = moderator.get("api/v1/moderation/queue?limit=100").jsonArray().stream()
                .map(v -> v.asJsonObject()).filter(q -> q.getJsonNumber("id").longValue() == idea)
                .findFirst().orElseThrow(() -> new AssertionError("the flagged idea is in the queue"));
        assertEquals(3, queued.getInt("flaggers"));

        JsonObject established = flag(Crowd.established(1).get(0), "idea", idea, "abuse").json();
        assertFalse(established.getBoolean("hidden"), "one established flagger is not three");
    }

    @Test
    void badFlagsAreRefusedNamingTheField() throws Exception {
        long idea = new Api(base).as(author.token()).postIdea("Flag target " + Words.unique(), "");
        Crowd.CrowdMember flagger = Crowd.members(1).get(0);
        Api member = new Api(base).as(flagger.token());

        IdeasApiIT.assertProblem(new Api(base).as(author.token()).postJson("api/v1/flags",
                Body.of("type", "idea", "id", idea, "reason", "spam")), 400, "id");
        IdeasApiIT.assertProblem(member.postJson("api/v1/flags", Body.of("type", "idea", "id", idea, "reason", "ugly")),
                400, "reason");
        IdeasApiIT.assertProblem(member.postJson("api/v1/flags", Body.of("type", "video", "id", idea, "reason", "spam")),
                400, "type");
        IdeasApiIT.assertProblem(member.postJson("api/v1/flags", Body.of("type", "idea", "id", idea, "reason", "other")),
                400, "text");
        IdeasApiIT.assertProblem(member.postJson("api/v1/flags", Body.of("type", "idea", "id", idea, "reason", "duplicate")),
                400, "duplicateOf");
        assertEquals(404, member.postJson("api/v1/flags", Body.of("type", "idea", "id", 999999999, "reason", "spam")).status());
        assertEquals(201, flag(flagger, "idea", idea, "spam").status());
        IdeasApiIT.assertProblem(member.postJson("api/v1/flags", Body.of("type", "idea", "id", idea, "reason", "spam")),
                409, "id");
    }

    @Test
    void eachActionWritesOneAuditEntryAndAConcurrentActionIsAConflict() throws Exception {
        String[] filing = Crowd.teamWithCategory();
        Api.Reply posted = new Api(base).as(author.token()).postJson("api/v1/ideas",
                Body.of("title", "Heated thread " + Words.unique(), "category", filing[1]));
        long idea = posted.json().getJsonNumber("number").longValue();
        long version = versionOf(idea);
        Api otherModerator = new Api(base).as(Members.withRoles(api, "Max Moderator", Role.MODERATOR).token());

        IdeasApiIT.assertProblem(moderator.postJson("api/v1/moderation/actions",
                Body.of("action", "hide", "type", "idea", "id", idea)), 400, "reason");
        assertEquals(200, act(moderator, "hide", idea, "Off topic rant", version).status());
        IdeasApiIT.assertProblem(act(otherModerator, "hide", idea, "Me too", version), 409, "version");
        IdeasApiIT.assertProblem(moderator.postJson("api/v1/moderation/actions",
                Body.of("action", "hide", "type", "idea", "id", idea, "reason", "again")), 409, "id");
        assertEquals(404, new Api(base).as(author.token()).get("api/v1/ideas/" + idea).status());
        assertEquals(200, moderator.postJson("api/v1/moderation/actions",
                Body.of("action", "restore", "type", "idea", "id", idea)).status());
        assertEquals(200, new Api(base).as(author.token()).get("api/v1/ideas/" + idea).status());
        assertEquals(200, moderator.postJson("api/v1/moderation/actions",
                Body.of("action", "lock", "type", "idea", "id", idea)).status());
        assertEquals(409, api.as(Members.verified(api, "Lou Locked").token())
                .putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up")).status());
        assertEquals(200, moderator.postJson("api/v1/moderation/actions",
                Body.of("action", "pin", "type", "idea", "id", idea)).status());
        assertTrue(api.get("api/v1/ideas/" + idea).json().getBoolean("pinned"));
        assertTrue(api.get("").body().contains("class=\"il-pinned\" data-number=\"" + idea + "\""), "pinned on the home page");
        assertTrue(api.get("teams/" + filing[0]).body().contains("class=\"il-pinned\" data-number=\"" + idea + "\""),
                "and on its team's page");
        Api.Reply edited = moderator.postJson("api/v1/moderation/actions", Body.of("action", "edit", "type", "idea",
                "id", idea, "title", "Calm thread title", "reason", "Removed an insult"));
        assertEquals(200, edited.status(), edited.body());
        assertEquals("Calm thread title", api.get("api/v1/ideas/" + idea).json().getString("title"));
        String diff = moderator.get("api/v1/ideas/" + idea + "/revisions").jsonArray().getJsonObject(0).getString("diff");
        assertTrue(diff.contains("-Heated thread") && diff.contains("+Calm thread title"), diff);
        assertEquals(404, moderator.postJson("api/v1/moderation/actions",
                Body.of("action", "hide", "type", "idea", "id", 999999999, "reason", "gone")).status());
        assertEquals(403, new Api(base).as(author.token()).postJson("api/v1/moderation/actions",
                Body.of("action", "hide", "type", "idea", "id", idea, "reason", "mine")).status());

        List<String> actions = admin.get("api/v1/audit?type=idea&id=" + idea).jsonArray().stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("edit", "pin", "lock", "restore", "hide"), actions, "newest first, one entry each");
        JsonObject edit = admin.get("api/v1/audit?type=idea&id=" + idea + "&action=edit").jsonArray().getJsonObject(0);
        assertTrue(edit.getString("before").startsWith("Heated thread"), edit.toString());
        assertTrue(edit.getString("after").startsWith("Calm thread title"), edit.toString());
        assertEquals("Removed an insult", edit.getString("reason"));
        assertEquals(1, admin.get("api/v1/audit?q=" + Api.encode("Off topic rant")).jsonArray().stream()
                .filter(v -> v.asJsonObject().getJsonNumber("contentId").longValue() == idea).count());
        assertEquals(403, moderator.get("api/v1/audit").status(), "the audit log is for admins");
        IdeasApiIT.assertProblem(admin.get("api/v1/audit?id=seven"), 400, "id");
        IdeasApiIT.assertProblem(admin.get("api/v1/audit?type=planet"), 400, "type");
    }

    @Test
    void banningWithVoteRemovalRecomputesEveryScoreExactly() throws Exception {
        Api byAuthor = new Api(base).as(author.token());
        long a = byAuthor.postIdea("Ban check A " + Words.unique(), "");
        long b = byAuthor.postIdea("Ban check B " + Words.unique(), "");
        long c = byAuthor.postIdea("Ban check C " + Words.unique(), "");
        List<Crowd.CrowdMember> crowd = Crowd.members(4);
        Crowd.CrowdMember troll = crowd.get(0);
        vote(troll, a, "up");
        vote(troll, b, "up");
        vote(troll, c, "down");
        vote(crowd.get(1), a, "up");
        vote(crowd.get(2), a, "down");
        vote(crowd.get(3), c, "up");

        Api.Reply banned = moderator.postJson("api/v1/moderation/actions", Body.of("action", "ban", "type", "member",
                "id", troll.id(), "reason", "Vote manipulation", "removeVotes", true));

        assertEquals(200, banned.status(), banned.body());
        assertTally(a, 1, 1);
        assertTally(b, 0, 0);
        assertTally(c, 1, 0);
        assertEquals(401, new Api(base).as(troll.token()).get("api/v1/me").status(), "a banned member is signed out");
        JsonArray audit = admin.get("api/v1/audit?type=member&id=" + troll.id() + "&action=ban").jsonArray();
        assertEquals(1, audit.size());
        assertTrue(audit.getJsonObject(0).getString("after").contains("active=false"), audit.toString());
    }

    @Test
    void liftingABanLetsTheMemberSignInAgain() {
        Members.TestMember member = Members.verified(api, "Ben Banned");
        assertEquals(200, moderator.postJson("api/v1/moderation/actions", Body.of("action", "ban", "type", "member",
                "id", member.id(), "reason", "Spam wave")).status());
        assertEquals(401, api.postJson("api/v1/auth/token", Body.of("email", member.email(), "password", member.password()))
                .status(), "a banned member cannot sign in");

        assertEquals(200, moderator.postJson("api/v1/moderation/actions", Body.of("action", "lift", "type", "member",
                "id", member.id())).status());

        Api.Reply signedIn = api.postJson("api/v1/auth/token", Body.of("email", member.email(), "password", member.password()));
        assertEquals(200, signedIn.status(), signedIn.body());
        assertEquals(200, api.as(signedIn.json().getString("token")).get("api/v1/me").status());
    }

    @Test
    void suspensionsNeedAReasonAndAFutureEndAndStopPostingUntilLifted() {
        Members.TestMember member = Members.verified(api, "Sid Suspended");
        IdeasApiIT.assertProblem(moderator.postJson("api/v1/moderation/actions", Body.of("action", "suspend",
                "type", "member", "id", member.id(), "until", Instant.now().plusSeconds(3600).toString())), 400, "reason");
        IdeasApiIT.assertProblem(moderator.postJson("api/v1/moderation/actions", Body.of("action", "suspend",
                "type", "member", "id", member.id(), "reason", "Cool down", "until", "2001-01-01T00:00:00Z")), 400, "until");
        IdeasApiIT.assertProblem(moderator.postJson("api/v1/moderation/actions", Body.of("action", "suspend",
                "type", "member", "id", member.id(), "reason", "Cool down", "until", "next week")), 400, "until");

        Instant until = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertEquals(200, moderator.postJson("api/v1/moderation/actions", Body.of("action", "suspend", "type", "member",
                "id", member.id(), "reason", "Cool down", "until", until.toString())).status());
        JsonArray audit = admin.get("api/v1/audit?type=member&id=" + member.id() + "&action=suspend").jsonArray();
        assertEquals(1, audit.size(), audit.toString());
        assertTrue(audit.getJsonObject(0).getString("before").contains("suspendedUntil=none"), audit.toString());
        assertTrue(audit.getJsonObject(0).getString("after").contains("suspendedUntil=" + until), audit.toString());

        Api suspended = new Api(base).as(member.token());
        assertEquals(200, suspended.get("api/v1/ideas?limit=1").status(), "can still read");
        assertEquals(403, suspended.postJson("api/v1/ideas", Body.of("title", "Posting while suspended")).status());
        assertEquals(200, moderator.postJson("api/v1/moderation/actions", Body.of("action", "lift", "type", "member",
                "id", member.id())).status());
        assertEquals(201, suspended.postJson("api/v1/ideas", Body.of("title", "Back after the pause " + Words.unique())).status());
    }

    @Test
    void flaggingPastTheRateIsAnsweredWith429AndRecoversAfterTheWindow() throws Exception {
        List<Long> ideas = new java.util.ArrayList<>();
        Api byAuthor = new Api(base).as(author.token());
        for (int i = 0; i < 5; i++) {
            ideas.add(byAuthor.postIdea("Rate target " + i + " " + Words.unique(), ""));
        }
        Crowd.CrowdMember flagger = Crowd.members(1).get(0);
        Thread.sleep(10_000 - System.currentTimeMillis() % 10_000 + 200); // the start of a fresh 10-second window

        for (int i = 0; i < 3; i++) {
            assertEquals(201, flag(flagger, "idea", ideas.get(i), "off_topic").status());
        }
        Api.Reply limited = new Api(base).as(flagger.token()).postJson("api/v1/flags",
                Body.of("type", "idea", "id", ideas.get(3), "reason", "off_topic"));

        assertEquals(429, limited.status(), limited.body());
        assertEquals("application/problem+json", limited.contentType());
        assertNotNull(limited.retryAfter());
        long wait = Long.parseLong(limited.retryAfter());
        assertTrue(wait >= 1 && wait <= 10, limited.retryAfter());
        long windowOver = System.currentTimeMillis() + wait * 1000 + 300;
        // Decided in memory, written behind: within about a second the window's row holds the 3 counted hits
        // (the refused one is not counted), so other application instances learn them.
        long written = 0;
        for (int i = 0; i < 30 && written != 3; i++) {
            Thread.sleep(100);
            written = Crowd.count("SELECT COALESCE(SUM(hits), 0) FROM rate_counter WHERE bucket = 'flag:m:" + flagger.id() + "'");
        }
        assertEquals(3, written, "the rate counts reach the database");
        Thread.sleep(Math.max(0, windowOver - System.currentTimeMillis()));
        assertEquals(201, flag(flagger, "idea", ideas.get(3), "off_topic").status());
    }

    @Test
    void blockedWordsAndLinksFromNewMembersAreRefused() {
        String word = Words.unique();
        List<String> before = admin.get("api/v1/admin/blocked-words").json().getJsonArray("words").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList();
        try {
            assertEquals(200, admin.putJson("api/v1/admin/blocked-words",
                    Body.of("words", List.of(word))).status());
            Api newcomer = new Api(base).as(Members.verified(api, "Nia Newcomer").token());

            IdeasApiIT.assertProblem(newcomer.postJson("api/v1/ideas", Body.of("title", "Buy " + word + " today")), 400, "title");
            IdeasApiIT.assertProblem(newcomer.postJson("api/v1/ideas", Body.of("title", "Harmless title here",
                    "body", "but " + word.toUpperCase() + " inside")), 400, "body");
            assertEquals(201, newcomer.postJson("api/v1/ideas", Body.of("title", "Contains " + word + "s as part of a word")).status());
            IdeasApiIT.assertProblem(newcomer.postJson("api/v1/ideas", Body.of("title", "Links galore",
                    "body", "https://a.example http://b.example www.c.example")), 400, "body");
            assertEquals(201, newcomer.postJson("api/v1/ideas", Body.of("title", "Two links are fine " + Words.unique(),
                    "body", "https://a.example and https://b.example")).status());
        } finally {
            assertEquals(200, admin.putJson("api/v1/admin/blocked-words", Body.of("words", before)).status());
        }
    }

    @Test
    void firstPostsOfNewMembersWaitForApprovalWhenAdminsSaySo() {
        IdeasApiIT.assertProblem(admin.putJson("api/v1/admin/moderation-settings", "{}"), 400, "holdFirstPosts");
        assertEquals(true, admin.putJson("api/v1/admin/moderation-settings", Body.of("holdFirstPosts", true))
                .json().getBoolean("holdFirstPosts"));
        try {
            Members.TestMember newcomer = Members.verified(api, "Fresh Poster");
            Api mine = new Api(base).as(newcomer.token());
            long first = mine.postIdea("My very first idea " + Words.unique(), "");
            Api other = new Api(base).as(Members.verified(api, "Some Reader").token());

            assertTrue(mine.get("api/v1/ideas/" + first).json().getBoolean("held"), "the author sees it, marked held");
            assertEquals(404, other.get("api/v1/ideas/" + first).status());
            assertTrue(moderator.get("api/v1/moderation/queue?limit=100").body().contains("\"id\":" + first + ","));
            long second = mine.postIdea("My second idea " + Words.unique(), "");
            assertEquals(404, other.get("api/v1/ideas/" + second).status(), "held until a first post is approved");

            assertEquals(200, moderator.postJson("api/v1/moderation/actions",
                    Body.of("action", "approve", "type", "idea", "id", first)).status());
            assertEquals(200, other.get("api/v1/ideas/" + first).status());
            long third = mine.postIdea("My third idea " + Words.unique(), "");
            assertEquals(200, other.get("api/v1/ideas/" + third).status(), "an approved member posts freely");
        } finally {
            assertEquals(200, admin.putJson("api/v1/admin/moderation-settings", Body.of("holdFirstPosts", false)).status());
        }
    }

    private Api.Reply flag(Crowd.CrowdMember member, String type, long id, String reason) {
        Api.Reply reply = new Api(base).as(member.token()).postJson("api/v1/flags",
                Body.of("type", type, "id", id, "reason", reason));
        assertEquals(201, reply.status(), reply.body());
        return reply;
    }

    private Api.Reply act(Api who, String action, long idea, String reason, long version) {
        return who.postJson("api/v1/moderation/actions", Body.of("action", action, "type", "idea", "id", idea,
                "reason", reason, "version", version));
    }

    private long versionOf(long idea) throws IllegalStateException {
        try {
            return Crowd.version(idea);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void vote(Crowd.CrowdMember voter, long idea, String direction) {
        assertEquals(200, new Api(base).as(voter.token()).putJson("api/v1/ideas/" + idea + "/vote",
                Body.of("direction", direction)).status());
    }

    private void assertTally(long idea, int ups, int downs) {
        JsonObject read = admin.get("api/v1/ideas/" + idea).json();
        assertEquals(ups, read.getInt("upVotes"), "ups of " + idea);
        assertEquals(downs, read.getInt("downVotes"), "downs of " + idea);
        assertEquals(ups - downs, read.getInt("score"), "score of " + idea);
    }
}
