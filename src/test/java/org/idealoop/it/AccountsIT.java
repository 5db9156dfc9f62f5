package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer accounts through the API: the CSV import's dry run, all-or-nothing rejects and idempotence;
 * members mapped by the domain of their e-mail address, existing and new; problems naming the field; and
 * no access for members or product managers. Every test deletes the accounts it made.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @ArquillianResource
    URL base;

    private Api admin() {
        Api api = new Api(base);
        return api.as(Members.admin(api));
    }

    private static Api.Reply importCsv(Api admin, String csv, boolean dryRun) {
        return admin.sendBytes("POST", "api/v1/admin/accounts/import?dryRun=" + dryRun, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonObject> accounts(Api admin, String q) {
        Api.Reply list = admin.get("api/v1/admin/accounts?q=" + Api.encode(q));
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static void deleteAccounts(Api admin, String q) {
        for (JsonObject account : accounts(admin, q)) {
            assertEquals(204, admin.delete("api/v1/admin/accounts/" + account.getJsonNumber("id").longValue()).status());
        }
    }

    private static void assertReport(Api.Reply reply, int read, int created, int updated, int unchanged, int rejected) {
        JsonObject report = reply.json();
        assertEquals(read, report.getInt("read"), reply.body());
        assertEquals(created, report.getInt("created"), reply.body());
        assertEquals(updated, report.getInt("updated"), reply.body());
        assertEquals(unchanged, report.getInt("unchanged"), reply.body());
        assertEquals(rejected, report.getJsonArray("rejected").size(), reply.body());
    }

    @Test
    void aDryRunWritesNothingImportingTwiceChangesNothingTheSecondTime() {
        Api admin = admin();
        String w = Words.unique();
        String csv = "segment,name,value,domain\n"
                + "enterprise,Acme " + w + ",500000," + w + "-acme.test\n"
                + "mid_market,Globex " + w + ",1200.50," + w + "-globex.test\n"
                + "trial,Solo " + w + ",0,\n";
        try {
            Api.Reply dry = importCsv(admin, csv, true);
            assertEquals(200, dry.status(), dry.body());
            assertReport(dry, 3, 3, 0, 0, 0);
            assertTrue(dry.json().getBoolean("dryRun"));
            assertFalse(dry.json().getBoolean("imported"));
            assertEquals(List.of(), accounts(admin, w), "a dry run writes nothing");

            Api.Reply first = importCsv(admin, csv, false);
            assertEquals(200, first.status(), first.body());
            assertReport(first, 3, 3, 0, 0, 0);
            assertTrue(first.json().getBoolean("imported"));
            List<JsonObject> imported = accounts(admin, w);
            assertEquals(3, imported.size());
            JsonObject globex = imported.stream().filter(a -> a.getString("name").startsWith("Globex")).findFirst()
                    .orElseThrow();
            assertEquals("mid_market", globex.getString("segment"));
            assertEquals(0, new java.math.BigDecimal("1200.50").compareTo(globex.getJsonNumber("value").bigDecimalValue()));
            assertEquals(w + "-globex.test", globex.getString("domain"));

            Api.Reply second = importCsv(admin, csv, false);
            assertEquals(200, second.status(), second.body());
            assertReport(second, 3, 0, 0, 3, 0);

            Api.Reply changed = importCsv(admin, csv.replace("500000", "750000"), false);
            assertReport(changed, 3, 0, 1, 2, 0);
            assertEquals(3, accounts(admin, w).size());
        } finally {
            deleteAccounts(admin, w);
        }
    }

    @Test
    void anyRejectedRowImportsNothingAndEachRejectNamesItsRowAndField() {
        Api admin = admin();
        String w = Words.unique();
        String csv = "name,domain,segment,value\n"
                + "Good " + w + "," + w + "-good.test,startup,10\n"             // row 2: valid
                + "Twin " + w + "," + w + "-twin.test,startup,10\n"             // row 3: same domain as row 5
                + "Minus " + w + "," + w + "-minus.test,startup,-3\n"           // row 4
                + "Twin again " + w + "," + w + "-TWIN.test,trial,1\n"          // row 5
                + "Odd " + w + "," + w + "-odd.test,galactic,lots\n"            // row 6: two faults
                + "," + w + "-noname.test,trial,1\n";                           // row 7
        try {
            for (boolean dryRun : new boolean[] {true, false}) {
                Api.Reply reply = importCsv(admin, csv, dryRun);
                assertEquals(422, reply.status(), reply.body());
                assertFalse(reply.json().getBoolean("imported"));
                assertReport(reply, 6, 1, 0, 0, 6);
                List<String> rejects = reply.json().getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getInt("row") + ":" + r.getString("field")).toList();
                assertEquals(List.of("3:domain", "4:value", "5:domain", "6:segment", "6:value", "7:name"), rejects);
                JsonObject twin = reply.json().getJsonArray("rejected").getJsonObject(0);
                assertTrue(twin.getString("message").contains("5"), twin.toString());
                assertEquals(List.of(), accounts(admin, w), "nothing half-imported");
            }
        } finally {
            deleteAccounts(admin, w);
        }
    }

    @Test
    void aDryRunFlagOtherThanTrueOrFalseIsRefused() {
        Api.Reply reply = admin().sendBytes("POST", "api/v1/admin/accounts/import?dryRun=yes", "text/csv",
                "name,domain,segment,value\nAcme,acme.test,trial,1\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(400, reply.status(), reply.body());
        assertEquals("dryRun", reply.json().getString("field"));
    }

    @Test
    void aFileWithoutAColumnIsRefusedNamingIt() {
        Api.Reply reply = importCsv(admin(), "name,domain,value\nAcme,acme.test,1\n", true);

        assertEquals(400, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("file", reply.json().getString("field"));
        assertTrue(reply.json().getString("detail").contains("segment"), reply.body());
    }

    @Test
    void membersOfTheDomainAndItsSubdomainsJoinTheAccountExistingAndNew() {
        Api api = new Api(base);
        Api admin = admin();
        String w = Words.unique();
        String domain = w + ".test";
        long ann = signUp(api, "ann@" + domain);
        long bob = signUp(api, "bob@eu." + domain);
        long carl = signUp(api, "carl@other" + domain); // not a subdomain: another domain
        long accountId = 0;
        try {
            Api.Reply created = admin.postJson("api/v1/admin/accounts",
                    "{\"name\":\"Acme " + w + "\",\"domain\":\"" + domain.toUpperCase() + "\",\"segment\":\"enterprise\","
                            + "\"value\":250000.5}");
            assertEquals(201, created.status(), created.body());
            accountId = created.json().getJsonNumber("id").longValue();
            assertEquals(domain, created.json().getString("domain"));
            assertEquals(2, created.json().getInt("members"));
            assertEquals(accountId, accountOf(admin, ann));
            assertEquals(accountId, accountOf(admin, bob));
            assertEquals(-1, accountOf(admin, carl));

            long dora = signUp(api, "dora@" + domain);
            assertEquals(accountId, accountOf(admin, dora), "a new member joins at sign-up");

            Api.Reply moved = admin.send("PATCH", "api/v1/admin/accounts/" + accountId,
                    Body.of("domain", "other" + domain));
            assertEquals(200, moved.status(), moved.body());
            assertEquals(1, moved.json().getInt("members"));
            assertEquals(-1, accountOf(admin, ann), "the former domain's members leave");
            assertEquals(accountId, accountOf(admin, carl));

            Api.Reply put = admin.putJson("api/v1/admin/members/" + ann + "/account", Body.of("account", accountId));
            assertEquals(200, put.status(), put.body());
            assertEquals(accountId, accountOf(admin, ann));
            Api.Reply cleared = admin.putJson("api/v1/admin/members/" + ann + "/account", Body.of("account", null));
            assertEquals(200, cleared.status(), cleared.body());
            assertEquals(-1, accountOf(admin, ann));

            Api.Reply unknown = admin.putJson("api/v1/admin/members/" + ann + "/account", Body.of("account", 999999999));
            assertEquals(400, unknown.status(), unknown.body());
            assertEquals("account", unknown.json().getString("field"));

            assertEquals(204, admin.delete("api/v1/admin/accounts/" + accountId).status());
            accountId = 0;
            assertEquals(-1, accountOf(admin, carl), "a deleted account's members have none");
        } finally {
            if (accountId != 0) {
                admin.delete("api/v1/admin/accounts/" + accountId);
            }
        }
    }

    @Test
    void badValuesAreProblemsNamingTheirField() {
        Api admin = admin();
        String w = Words.unique();
        try {
            assertProblem(admin.postJson("api/v1/admin/accounts", "{\"name\":\"N " + w + "\",\"segment\":\"trial\","
                    + "\"value\":-1}"), 400, "value");
            assertProblem(admin.postJson("api/v1/admin/accounts", "{\"name\":\"N " + w + "\",\"segment\":\"trial\","
                    + "\"value\":\"lots\"}"), 400, "value");
            assertProblem(admin.postJson("api/v1/admin/accounts", "{\"name\":\"N " + w + "\",\"segment\":\"galactic\","
                    + "\"value\":1}"), 400, "segment");
            assertProblem(admin.postJson("api/v1/admin/accounts", "{\"name\":\" \",\"segment\":\"trial\",\"value\":1}"),
                    400, "name");
            assertProblem(admin.postJson("api/v1/admin/accounts", "{\"name\":\"N " + w + "\",\"domain\":\"not a domain\","
                    + "\"segment\":\"trial\",\"value\":1}"), 400, "domain");
            Api.Reply first = admin.postJson("api/v1/admin/accounts", "{\"name\":\"N " + w + "\",\"domain\":\"" + w
                    + ".test\",\"segment\":\"trial\",\"value\":1}");
            assertEquals(201, first.status(), first.body());
            assertProblem(admin.postJson("api/v1/admin/accounts", "{\"name\":\"M " + w + "\",\"domain\":\"" + w
                    + ".test\",\"segment\":\"trial\",\"value\":1}"), 409, "domain");
            assertEquals(1, accounts(admin, w).size(), "nothing stored by the refusals");
        } finally {
            deleteAccounts(admin, w);
        }
    }

    @Test
    void membersAndProductManagersMayNotSeeAccounts() {
        Api api = new Api(base);
        for (Members.TestMember who : new Members.TestMember[] {Members.verified(api, "Curious Member"),
                Members.withRoles(api, "Curious Manager", Role.PRODUCT_MANAGER)}) {
            Api as = new Api(base).as(who.token());
            assertEquals(403, as.get("api/v1/admin/accounts").status());
            Api.Reply post = as.sendBytes("POST", "api/v1/admin/accounts/import?dryRun=true", "text/csv",
                    "name,domain,segment,value\n".getBytes(StandardCharsets.UTF_8));
            assertEquals(403, post.status());
            assertEquals("application/problem+json", post.contentType());
            assertEquals(403, as.get("api/v1/admin/members/" + who.id() + "/account").status());
            Api.Reply self = as.get("api/v1/members/" + who.id());
            assertEquals(200, self.status(), self.body());
            assertFalse(self.body().contains("account"), "no account in what a member reads of a member");
        }
    }

    private static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(field, reply.json().getString("field"), reply.body());
    }

    private static long signUp(Api api, String email) {
        Api.Reply created = api.postJson("api/v1/members", Body.of("email", email, "displayName", "Mapped member",
                "password", Members.PASSWORD));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** The member's account id, -1 for none. */
    private static long accountOf(Api admin, long member) {
        Api.Reply reply = admin.get("api/v1/admin/members/" + member + "/account");
        assertEquals(200, reply.status(), reply.body());
        JsonObject json = reply.json(); // JSON-B leaves a null out
        return !json.containsKey("account") || json.isNull("account") ? -1 : json.getJsonNumber("account").longValue();
    }
}
