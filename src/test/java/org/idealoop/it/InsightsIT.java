package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ratings and their arithmetic, stories linked to ideas, and the streamed CSV exports. */
@ExtendWith(ArquillianExtension.class)
class InsightsIT {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;
    String team;
    String product;

    @BeforeEach
    void teamWithProduct() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
        team = admin.postJson("api/v1/teams", Body.of("name", "Devices " + Words.unique())).json().getString("slug");
        Api.Reply created = admin.postJson("api/v1/teams/" + team + "/products", Body.of("name", "Tablet " + Words.unique()));
        assertEquals(201, created.status(), created.body());
        product = created.json().getString("slug");
    }

    @Test
    void npsAndCsatFollowTheCurrentRatings() throws Exception {
        List<Crowd.CrowdMember> crowd = Crowd.members(20);
        int[] nps = {10, 10, 10, 10, 10, 10, 9, 9, 9, 9, 8, 8, 8, 7, 7, 6, 0, 0, 0, 0};
        for (int i = 0; i < crowd.size(); i++) {
            assertEquals(201, rate(crowd.get(i), 1 + i % 5, nps[i]).status());
        }

        JsonObject summary = api.get("api/v1/products/" + product + "/ratings/summary").json();

        assertEquals(20, summary.getInt("count"));
        assertEquals(25, summary.getInt("nps"));
        assertEquals(10, summary.getInt("promoters"));
        assertEquals(5, summary.getInt("passives"));
        assertEquals(5, summary.getInt("detractors"));
        assertEquals(3.0, summary.getJsonNumber("csatAverage").doubleValue());
        assertEquals(List.of(4, 4, 4, 4, 4), summary.getJsonArray("csatDistribution").getValuesAs(
                jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList());
        JsonObject insights = admin.get("api/v1/teams/" + team + "/insights").json();
        List<jakarta.json.JsonValue> weekly = insights.getJsonArray("npsPerWeek");
        assertEquals(25, ((jakarta.json.JsonNumber) weekly.get(weekly.size() - 1)).intValue(),
                "this week's point of the NPS trend is the NPS of this week's ratings");
        assertEquals(25, insights.getJsonObject("ratings").getInt("nps"));
        IdeasApiIT.assertProblem(admin.get("api/v1/teams/" + team + "/insights?from=yesterday"), 400, "from");
        IdeasApiIT.assertProblem(admin.get("api/v1/teams/" + team + "/insights?to=2026-13-40"), 400, "to");
        IdeasApiIT.assertProblem(admin.get("api/v1/teams/" + team + "/insights?from=2026-02-01&to=2026-01-01"), 400, "from");
        IdeasApiIT.assertProblem(admin.get("api/v1/insights?from=2001-01-01&to=2026-01-01"), 400, "from");
    }

    @Test
    void ratingAgainReplacesTheCurrentRatingAndKeepsTheHistory() throws Exception {
        Crowd.CrowdMember member = Crowd.members(1).get(0);
        rate(member, 2, 3);
        rate(member, 5, 10);

        JsonObject summary = api.get("api/v1/products/" + product + "/ratings/summary").json();
        assertEquals(1, summary.getInt("count"));
        assertEquals(5.0, summary.getJsonNumber("csatAverage").doubleValue());
        assertEquals(100, summary.getInt("nps"));
        var mine = new Api(base).as(member.token()).get("api/v1/me/ratings").jsonArray();
        assertEquals(1, mine.size());
        assertEquals(5, mine.getJsonObject(0).getInt("csat"));
        var history = new Api(base).as(member.token()).get("api/v1/products/" + product + "/ratings/mine").jsonArray();
        assertEquals(List.of(2, 5), history.stream().map(v -> v.asJsonObject().getInt("csat")).toList());
    }

    @Test
    void badRatingsAndStoriesAreRefusedAndNothingIsStored() throws Exception {
        Api member = new Api(base).as(Crowd.members(1).get(0).token());
        for (String bad : List.of("{\"csat\":0,\"nps\":5}", "{\"csat\":6,\"nps\":5}", "{\"csat\":4.5,\"nps\":5}",
                "{\"csat\":\"5\",\"nps\":5}", "{\"nps\":5}")) {
            IdeasApiIT.assertProblem(member.postJson("api/v1/products/" + product + "/ratings", bad), 400, "csat");
        }
        for (String bad : List.of("{\"csat\":3,\"nps\":11}", "{\"csat\":3,\"nps\":-1}", "{\"csat\":3,\"nps\":1e3}")) {
            IdeasApiIT.assertProblem(member.postJson("api/v1/products/" + product + "/ratings", bad), 400, "nps");
        }
        assertEquals(404, member.postJson("api/v1/products/no-such-product/ratings", "{\"csat\":3,\"nps\":5}").status());
        assertEquals(0, api.get("api/v1/products/" + product + "/ratings/summary").json().getInt("count"));

        IdeasApiIT.assertProblem(member.postJson("api/v1/stories", Body.of("product", product, "kind", "problem",
                "title", "Battery drains overnight", "body", "  ")), 400, "body");
        IdeasApiIT.assertProblem(member.postJson("api/v1/stories", Body.of("product", "nope", "kind", "problem",
                "title", "Battery drains overnight", "body", "Every night.")), 400, "product");
        IdeasApiIT.assertProblem(member.postJson("api/v1/stories", Body.of("product", product, "kind", "rant",
                "title", "Battery drains overnight", "body", "Every night.")), 400, "kind");
        IdeasApiIT.assertProblem(member.postJson("api/v1/stories", Body.of("product", product, "kind", "praise",
                "title", "Great", "body", "Love it", "stars", 6)), 400, "stars");
        assertEquals("[]", api.get("api/v1/stories?product=" + product).body().replace(" ", ""));
    }

    @Test
    void deliveringALinkedIdeaTellsTheStoryAuthorAndMeTooMembersOnce() throws Exception {
        List<Crowd.CrowdMember> people = Crowd.members(3);
        Api teller = new Api(base).as(people.get(0).token());
        String word = Words.unique();
        Api.Reply told = teller.postJson("api/v1/stories", Body.of("product", product, "kind", "problem",
                "title", "Screen flickers at night " + word, "body", "Since the last update.", "stars", 2));
        assertEquals(201, told.status(), told.body());
        long story = told.json().getJsonNumber("id").longValue();
        Api.Reply found = api.await("api/v1/search?type=story&q=" + word, r -> SearchIT.total(r) == 1,
                java.time.Duration.ofSeconds(30));
        assertEquals("story", SearchIT.hits(found).getJsonObject(0).getString("type"), "stories are searchable");
        assertEquals(1, new Api(base).as(people.get(1).token()).putJson("api/v1/stories/" + story + "/me-too", "").json().getInt("meToo"));
        assertEquals(1, new Api(base).as(people.get(1).token()).putJson("api/v1/stories/" + story + "/me-too", "").json().getInt("meToo"),
                "once per member");
        assertEquals(2, new Api(base).as(people.get(2).token()).putJson("api/v1/stories/" + story + "/me-too", "").json().getInt("meToo"));
        IdeasApiIT.assertProblem(teller.putJson("api/v1/stories/" + story + "/me-too", ""), 400, "story");
        long idea = new Api(base).as(Members.verified(api, "Ivo Idea").token()).postIdea("Night mode without flicker " + Words.unique(), "");
        Members.TestMember stan = Members.withRoles(api, "Stan Staff", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + team + "/members/" + stan.id(), Body.of("owns", "")).status(),
                "staff link stories of their own team's products");
        Api staff = new Api(base).as(stan.token());
        IdeasApiIT.assertProblem(staff.postJson("api/v1/stories/" + story + "/links", Body.of("idea", 999999999)), 400, "idea");
        assertEquals(403, teller.postJson("api/v1/stories/" + story + "/links", Body.of("idea", idea)).status());
        assertEquals(201, staff.postJson("api/v1/stories/" + story + "/links", Body.of("idea", idea)).status());
        assertEquals(200, new Api(base).as(people.get(2).token()).putJson("api/v1/ideas/" + idea + "/follow", "").status());

        assertEquals(200, admin.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "planned")).status());
        long delivered = admin.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "delivered",
                "message", "Fixed in 4.2")).json().getJsonNumber("id").longValue();

        for (Crowd.CrowdMember person : people) {
            assertEquals(1, Crowd.count("SELECT COUNT(*) FROM notification WHERE event_id = " + delivered
                    + " AND member_id = " + person.id()), "exactly one for " + person.email());
        }
        assertEquals(0, Crowd.count("SELECT COUNT(*) FROM notification n JOIN idea_event e ON e.id = n.event_id"
                + " WHERE e.idea_number = " + idea + " AND e.to_value = 'planned' AND n.member_id = " + people.get(0).id()),
                "the story's people hear of the delivery, not of every step");
        JsonObject read = api.get("api/v1/stories/" + story).json();
        assertEquals(List.of(idea), read.getJsonArray("ideas").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList());
        assertEquals(200, staff.postJson("api/v1/stories/" + story + "/answer", Body.of("answer", "Fixed, thanks!")).status());
        assertEquals(201, new Api(base).as(people.get(1).token()).postJson("api/v1/stories/" + story + "/comments",
                Body.of("body", "Same here, on **two** tablets.")).status());
        assertEquals(201, staff.postJson("api/v1/stories/" + story + "/comments", Body.of("body", "Thanks for the details.")).status());
        IdeasApiIT.assertProblem(teller.postJson("api/v1/stories/" + story + "/comments", Body.of("body", " ")), 400, "body");
        var comments = api.get("api/v1/stories/" + story + "/comments").jsonArray();
        assertEquals(2, comments.size());
        assertTrue(comments.getJsonObject(0).getString("bodyHtml").contains("<strong>two</strong>"));
        assertFalse(comments.getJsonObject(0).getBoolean("official"));
        assertTrue(comments.getJsonObject(1).getBoolean("official"), "staff comments are official");
        assertTrue(api.get("api/v1/stories/" + story).json().getBoolean("answered"));
    }

    @Test
    void aTeamsIdeasExportStreams100000RowsThatParseAsCsv() throws Exception {
        long teamId = Crowd.count("SELECT id FROM product_team WHERE slug = '" + team + "'");
        Crowd.sql("INSERT INTO idea (title, body, team_id, status, created_at, hot) SELECT CONCAT('Exported, \"quoted\" idea ', seq),"
                + " '', ?, 'new', '2001-01-01 00:00:00', -1e9 FROM seq_1_to_100000", teamId);
        try {
            Members.TestMember pm = Members.withRoles(api, "Exa Export", Role.PRODUCT_MANAGER);
            assertEquals(204, admin.putJson("api/v1/teams/" + team + "/members/" + pm.id(), Body.of("owns", "")).status());
            assertEquals(403, new Api(base).as(Members.verified(api, "No Export").token())
                    .get("api/v1/teams/" + team + "/export/ideas.csv").status());

            HttpResponse<java.io.InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(URI.create(base + "api/v1/teams/" + team + "/export/ideas.csv"))
                            .header("Authorization", "Bearer " + pm.token()).build(), HttpResponse.BodyHandlers.ofInputStream());

            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertFalse(response.headers().firstValue("Content-Length").isPresent(), "streamed, not built in memory first");
            long rows = 0;
            CSVRecord first = null;
            try (Reader reader = new InputStreamReader(response.body(), StandardCharsets.UTF_8);
                 CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                assertEquals(List.of("number", "title", "status", "score", "ups", "downs", "distinct voters", "followers",
                        "created", "last status change", "distinct_accounts", "account_value", "reach", "impact",
                        "confidence", "effort", "priority"), csv.getHeaderNames());
                for (CSVRecord record : csv) {
                    if (first == null) {
                        first = record;
                    }
                    rows++;
                }
            }
            assertEquals(100_000, rows);
            assertEquals("Exported, \"quoted\" idea 1", first.get("title"));
            assertEquals("new", first.get("status"));
        } finally {
            Crowd.sql("DELETE FROM idea WHERE team_id = ?", teamId);
        }
    }

    @Test
    void aSmallExportIsCompleteToo() throws Exception {
        Crowd.CrowdMember rater = Crowd.members(1).get(0);
        rate(rater, 4, 9);
        String category = admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Export cat " + Words.unique()))
                .json().getString("slug");
        long idea = new Api(base).as(rater.token()).postJson("api/v1/ideas", Body.of("title", "Only idea, \"exported\"",
                "category", category)).json().getJsonNumber("number").longValue();

        Api.Reply ideas = admin.get("api/v1/teams/" + team + "/export/ideas.csv");
        Api.Reply ratings = admin.get("api/v1/products/" + product + "/ratings.csv");

        assertEquals(200, ideas.status(), ideas.body());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(ideas.body())).getRecords();
        assertEquals(1, rows.size());
        assertEquals(Long.toString(idea), rows.get(0).get("number"));
        assertEquals("Only idea, \"exported\"", rows.get(0).get("title"));
        assertEquals(200, ratings.status(), ratings.body());
        List<CSVRecord> given = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(ratings.body())).getRecords();
        assertEquals(List.of("4", "9", "yes"), List.of(given.get(0).get("csat"), given.get(0).get("nps"), given.get(0).get("current")));
    }

    @Test
    void exportsNeverHandASpreadsheetAFormula() throws Exception {
        List<String> formulas = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "=1+1+cmd|' /C calc'!A0",
                "@SUM(1) for the win", "+1 from me too", "-1 says the crowd", "\t=1+1 behind a tab", "\r=1+1 after a return");
        List<Crowd.CrowdMember> raters = Crowd.members(3);
        String category = admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Formulas " + Words.unique()))
                .json().getString("slug");
        Api author = new Api(base).as(raters.get(0).token());
        for (String formula : formulas.subList(0, 5)) {
            Api.Reply idea = author.postJson("api/v1/ideas", Body.of("title", formula, "category", category));
            assertEquals(201, idea.status(), idea.body());
            Api.Reply rating = new Api(base).as(raters.get(1).token()).postJson("api/v1/products/" + product + "/ratings",
                    Body.of("csat", 2, "nps", 3, "comment", formula));
            assertEquals(201, rating.status(), rating.body());
        }
        // Tabs and carriage returns may be refused at the door; rows stored before must still export safely.
        long teamId = Crowd.count("SELECT id FROM product_team WHERE slug = '" + team + "'");
        long productId = Crowd.count("SELECT id FROM product WHERE slug = '" + product + "'");
        for (String formula : formulas.subList(5, 7)) {
            Crowd.sql("INSERT INTO idea (title, body, team_id, status, created_at, hot) VALUES (?, '', ?, 'new', NOW(6), 0)",
                    formula, teamId);
            Crowd.sql("INSERT INTO rating (product_id, member_id, csat, nps, comment, created_at)"
                    + " VALUES (?, ?, 1, 1, ?, NOW(6))", productId, raters.get(2).id(), formula);
        }
        Crowd.sql("UPDATE idea SET score = -3 WHERE team_id = ? AND title = ?", teamId, formulas.get(4));

        List<CSVRecord> ideas = spreadsheet(admin.get("api/v1/teams/" + team + "/export/ideas.csv"));
        List<CSVRecord> ratings = spreadsheet(admin.get("api/v1/products/" + product + "/ratings.csv"));

        assertEquals(formulas.size(), ideas.size());
        assertEquals(formulas.size(), ratings.size());
        for (CSVRecord row : ideas) {
            assertNoFormula(row);
        }
        for (CSVRecord row : ratings) {
            assertNoFormula(row);
        }
        assertEquals(formulas.stream().map(f -> "'" + f).sorted().toList(),
                ideas.stream().map(row -> row.get("title")).sorted().toList(), "the text is kept, behind a quote");
        assertEquals(formulas.stream().map(f -> "'" + f).sorted().toList(),
                ratings.stream().map(row -> row.get("comment")).sorted().toList());
        assertTrue(ideas.stream().anyMatch(row -> row.get("score").equals("-3")), "our own numbers stay numbers");
    }

    /** Reads an export as a spreadsheet would: every cell, header first. */
    private static List<CSVRecord> spreadsheet(Api.Reply export) throws java.io.IOException {
        assertEquals(200, export.status(), export.body());
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(export.body())).getRecords();
    }

    /** No text cell begins with what makes a spreadsheet run it; a plain number (a score of -3) may. */
    private static void assertNoFormula(CSVRecord row) {
        for (String cell : row.values()) {
            if (!cell.isEmpty() && !cell.matches("-?[0-9]+")) {
                assertFalse("=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a formula cell: " + row);
            }
        }
    }

    private Api.Reply rate(Crowd.CrowdMember member, int csat, int nps) {
        Api.Reply reply = new Api(base).as(member.token()).postJson("api/v1/products/" + product + "/ratings",
                "{\"csat\":" + csat + ",\"nps\":" + nps + "}");
        assertEquals(201, reply.status(), reply.body());
        return reply;
    }
}
