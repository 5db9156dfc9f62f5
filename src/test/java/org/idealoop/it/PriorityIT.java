package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.idealoop.domain.member.Role;
import org.idealoop.embedded.EmbeddedMariaDb;
import org.idealoop.embedded.EmbeddedServices;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Demand, RICE estimates and the priority score through the API: the team's product manager sets RICE,
 * members and other teams' product managers are refused, bad values are answered naming their field,
 * five members of one account count as one account whose value is counted once, and a changed account
 * value shows on the next read. Accounts are written straight into the database and removed after.
 */
@ExtendWith(ArquillianExtension.class)
class PriorityIT {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;
    String team;
    Api pm;
    Api otherPm;
    Api customer;
    long idea;
    final List<Long> accounts = new ArrayList<>();

    @BeforeEach
    void teamWithAnIdea() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
        team = team(admin, "Payments");
        pm = api.as(manager(api, admin, team, "Petra Priority").token());
        otherPm = api.as(manager(api, admin, team(admin, "Elsewhere"), "Otto Other").token());
        customer = api.as(Members.verified(api, "Cleo Customer").token());
        idea = number(customer.postJson("api/v1/ideas", Body.of("title", "Split invoices " + Words.unique(), "team", team)));
    }

    @AfterEach
    void removeAccounts() throws SQLException {
        for (long id : accounts) {
            Crowd.sql("DELETE FROM account WHERE id = ?", id); // members fall back to no account (ON DELETE SET NULL)
        }
        accounts.clear();
    }

    static String team(Api admin, String name) {
        Api.Reply created = admin.postJson("api/v1/teams", Body.of("name", name + " " + Words.unique()));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("slug");
    }

    static Members.TestMember manager(Api api, Api admin, String team, String name) {
        Members.TestMember manager = Members.withRoles(api, name, Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + team + "/members/" + manager.id(), Body.of("owns", "")).status());
        return manager;
    }

    static long number(Api.Reply posted) {
        assertEquals(201, posted.status(), posted.body());
        return posted.json().getJsonNumber("number").longValue();
    }

    /** An account straight into the database; its id. */
    static long account(String segment, String value) throws SQLException {
        EmbeddedMariaDb db = EmbeddedServices.mariaDb();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO account (name, domain, segment, value,"
                     + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            String unique = Words.unique();
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, "Account " + unique);
            insert.setString(2, unique + ".it.idealoop.test");
            insert.setString(3, segment);
            insert.setBigDecimal(4, new BigDecimal(value));
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** {@code size} members who promote the idea, the first {@code inAccount} of them members of the account. */
    static void supporters(Api api, long idea, int size, long account, int inAccount) throws SQLException {
        List<Crowd.CrowdMember> crowd = Crowd.members(size);
        for (int i = 0; i < crowd.size(); i++) {
            if (i < inAccount) {
                Crowd.sql("UPDATE member SET account_id = ? WHERE id = ?", account, crowd.get(i).id());
            }
            Api.Reply voted = api.as(crowd.get(i).token()).putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up"));
            assertEquals(200, voted.status(), voted.body());
        }
    }

    @Test
    void theTeamsManagerSetsRiceAndOthersAreRefused() {
        JsonObject unset = pm.get("api/v1/ideas/" + idea + "/rice").json();
        assertTrue(!unset.containsKey("reach") || unset.isNull("reach"), unset.toString());

        Api.Reply set = pm.putJson("api/v1/ideas/" + idea + "/rice",
                Body.of("reach", 2000, "impact", 2, "confidence", 80, "effort", 4));
        assertEquals(200, set.status(), set.body());
        JsonObject rice = pm.get("api/v1/ideas/" + idea + "/rice").json();
        assertEquals(2000, rice.getJsonNumber("reach").longValue());
        assertEquals(2.0, rice.getJsonNumber("impact").doubleValue());
        assertEquals(80.0, rice.getJsonNumber("confidence").doubleValue());
        assertEquals(4.0, rice.getJsonNumber("effort").doubleValue());
        assertEquals("Petra Priority", rice.getJsonObject("setBy").getString("displayName"));
        assertTrue(rice.getString("setAt").startsWith("20"), rice.toString());
        // Body.of writes whole numbers only: decimals as JSON text.
        Api.Reply byAdmin = admin.putJson("api/v1/ideas/" + idea + "/rice",
                "{\"reach\":10,\"impact\":0.25,\"confidence\":100,\"effort\":0.5}");
        assertEquals(200, byAdmin.status(), byAdmin.body());
        assertEquals(0.25, byAdmin.json().getJsonNumber("impact").doubleValue(), "admins may too");
        assertEquals(0.5, byAdmin.json().getJsonNumber("effort").doubleValue());

        for (Api refused : List.of(customer, otherPm)) {
            assertEquals(403, refused.get("api/v1/ideas/" + idea + "/rice").status());
            assertEquals(403, refused.putJson("api/v1/ideas/" + idea + "/rice",
                    Body.of("reach", 1, "impact", 1, "confidence", 1, "effort", 1)).status());
            assertEquals(403, refused.get("api/v1/ideas/" + idea + "/priority").status());
        }
        assertEquals(401, api.get("api/v1/ideas/" + idea + "/priority").status());
        assertEquals(10, admin.get("api/v1/ideas/" + idea + "/rice").json().getJsonNumber("reach").longValue(),
                "nothing the refused calls sent was stored");
    }

    @Test
    void badRiceValuesAreRefusedNamingTheField() {
        String path = "api/v1/ideas/" + idea + "/rice";
        IdeasApiIT.assertProblem(pm.putJson(path, Body.of("reach", -1, "impact", 1, "confidence", 50, "effort", 1)), 400, "reach");
        IdeasApiIT.assertProblem(pm.putJson(path, Body.of("reach", "many", "impact", 1, "confidence", 50, "effort", 1)), 400, "reach");
        IdeasApiIT.assertProblem(pm.putJson(path, "{\"reach\":1.5,\"impact\":1,\"confidence\":50,\"effort\":1}"), 400, "reach");
        IdeasApiIT.assertProblem(pm.putJson(path, Body.of("reach", 1, "impact", 5, "confidence", 50, "effort", 1)), 400, "impact");
        IdeasApiIT.assertProblem(pm.putJson(path, "{\"reach\":1,\"impact\":0.1,\"confidence\":50,\"effort\":1}"), 400, "impact");
        IdeasApiIT.assertProblem(pm.putJson(path, Body.of("reach", 1, "impact", 1, "confidence", 101, "effort", 1)), 400, "confidence");
        IdeasApiIT.assertProblem(pm.putJson(path, "{\"reach\":1,\"impact\":1,\"confidence\":100.5,\"effort\":1}"), 400, "confidence");
        IdeasApiIT.assertProblem(pm.putJson(path, "{\"reach\":1,\"impact\":1,\"confidence\":50,\"effort\":-0.5}"), 400, "effort");
        IdeasApiIT.assertProblem(pm.putJson(path, Body.of("reach", 1, "impact", 1, "confidence", 50, "effort", 0)), 400, "effort");
        IdeasApiIT.assertProblem(pm.putJson(path, Body.of("reach", 1, "impact", 1, "confidence", 50)), 400, "effort");
        IdeasApiIT.assertProblem(pm.putJson(path, Body.of("reach", 1, "impact", 1, "confidence", 50, "effort", "x")), 400, "effort");
        JsonObject rice = pm.get(path).json();
        assertTrue(!rice.containsKey("reach") || rice.isNull("reach"), "nothing stored: " + rice);
    }

    @Test
    void fiveMembersOfOneAccountCountOnceAndAChangedValueShowsOnTheNextRead() throws SQLException {
        long account = account("enterprise", "500000.00");
        accounts.add(account);
        supporters(api, idea, 6, account, 5); // five of the account, one on their own

        JsonObject priority = pm.get("api/v1/ideas/" + idea + "/priority").json();
        assertEquals(6, priority.getInt("supporters"), priority.toString());
        assertEquals(2, priority.getInt("distinctAccounts"), "one account for the five, one single-person account");
        assertEquals(0, new BigDecimal("500001").compareTo(priority.getJsonNumber("accountValue").bigDecimalValue()),
                priority.toString());
        JsonObject enterprise = priority.getJsonArray("bySegment").getJsonObject(0);
        assertEquals("enterprise", enterprise.getString("segment"));
        assertEquals(5, enterprise.getInt("supporters"));
        assertEquals(1, enterprise.getInt("accounts"));
        assertEquals(1.0, priority.getJsonNumber("riceScore").doubleValue(), "RICE unset counts 1");
        assertEquals(Math.log(500002) * Math.sqrt(2), priority.getJsonNumber("demand").doubleValue(), 1e-6);
        double before = priority.getJsonNumber("priority").doubleValue();

        Crowd.sql("UPDATE account SET value = 1000 WHERE id = ?", account);

        JsonObject after = pm.get("api/v1/ideas/" + idea + "/priority").json();
        assertEquals(0, new BigDecimal("1001").compareTo(after.getJsonNumber("accountValue").bigDecimalValue()));
        assertNotEquals(before, after.getJsonNumber("priority").doubleValue());
        assertTrue(after.getJsonNumber("priority").doubleValue() < before);
    }

    @Test
    void theTeamsIdeasExportHasDemandRiceAndPriority() throws Exception {
        long account = account("mid_market", "2500.50");
        accounts.add(account);
        supporters(api, idea, 3, account, 3);
        assertEquals(200, pm.putJson("api/v1/ideas/" + idea + "/rice",
                Body.of("reach", 100, "impact", 1, "confidence", 50, "effort", 2)).status());
        double priority = pm.get("api/v1/ideas/" + idea + "/priority").json().getJsonNumber("priority").doubleValue();

        Api.Reply csv = pm.get("api/v1/teams/" + team + "/export/ideas.csv");
        assertEquals(200, csv.status(), csv.body());
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body()))) {
            assertTrue(parser.getHeaderNames().containsAll(List.of("distinct_accounts", "account_value", "reach",
                    "impact", "confidence", "effort", "priority")), parser.getHeaderNames().toString());
            CSVRecord row = parser.getRecords().stream().filter(r -> r.get("number").equals(Long.toString(idea)))
                    .findFirst().orElseThrow();
            assertEquals("1", row.get("distinct_accounts"));
            assertEquals(0, new BigDecimal("2500.50").compareTo(new BigDecimal(row.get("account_value"))));
            assertEquals("100", row.get("reach"));
            assertEquals(0, BigDecimal.ONE.compareTo(new BigDecimal(row.get("impact"))));
            assertEquals(0, new BigDecimal("50").compareTo(new BigDecimal(row.get("confidence"))));
            assertEquals(0, new BigDecimal("2").compareTo(new BigDecimal(row.get("effort"))));
            assertEquals(priority, Double.parseDouble(row.get("priority")), 0.01, "the same formula as the API's");
        }
    }

    @Test
    void theInboxSortsByPriorityAndFiltersBySegment() throws SQLException {
        long quiet = idea;
        long valued = number(customer.postJson("api/v1/ideas", Body.of("title", "Bulk refunds " + Words.unique(), "team", team)));
        long account = account("public_sector", "900000");
        accounts.add(account);
        supporters(api, valued, 2, account, 2);
        supporters(api, quiet, 3, account, 0); // three people on their own: more votes, far less value

        List<Long> order = pm.get("api/v1/teams/" + team + "/inbox?view=awaiting&sort=priority").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("number").longValue()).toList();
        assertEquals(List.of(valued, quiet), order);
        List<Long> publicSector = pm.get("api/v1/teams/" + team + "/inbox?view=awaiting&segment=public_sector").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("number").longValue()).toList();
        assertEquals(List.of(valued), publicSector);
        IdeasApiIT.assertProblem(pm.get("api/v1/teams/" + team + "/inbox?segment=galactic"), 400, "segment");
    }
}
