package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Careless and hostile clients: malformed JSON, bodies that are not objects, values of the wrong type,
 * numbers past 64 bits or with fractions, control characters, lone surrogates and oversized strings.
 * Each is answered 4xx with a problem body naming the field, and nothing is stored. The last test sends
 * all of it to every operation with a body that {@code /openapi} lists.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    /** 2^64 + 1: read as a long it would wrap to 1. */
    static final String PAST_64_BITS = "18446744073709551617";

    @ArquillianResource
    URL base;

    Api api;
    Api admin;
    Api member;

    @BeforeEach
    void callers() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
        member = api.as(Members.verified(api, "Bea Badinput").token());
    }

    @Test
    void numbersPast64BitsOrWithFractionsAreRefusedNotWrapped() {
        long target = member.postIdea("Merge target " + Words.unique(), "");
        long duplicate = member.postIdea("Merge source " + Words.unique(), "");
        long wrapsToTarget = target; // 2^64 + target would wrap to target
        String wrapped = new java.math.BigInteger(PAST_64_BITS).subtract(java.math.BigInteger.ONE)
                .add(java.math.BigInteger.valueOf(wrapsToTarget)).toString();
        assertProblem(admin.postJson("api/v1/ideas/" + duplicate + "/merge", "{\"into\":" + wrapped + "}"), 400, "into");
        assertProblem(admin.postJson("api/v1/ideas/" + duplicate + "/merge", "{\"into\":1e400}"), 400, "into");
        assertProblem(admin.postJson("api/v1/ideas/" + duplicate + "/merge", "{\"into\":" + target + ".5}"), 400, "into");
        assertProblem(admin.postJson("api/v1/ideas/" + duplicate + "/merge", "{\"into\":\"" + target + "\"}"), 400, "into");
        JsonObject idea = api.get("api/v1/ideas/" + duplicate).json();
        assertTrue(!idea.containsKey("mergedInto") || idea.isNull("mergedInto"), idea.toString());
        assertEquals("new", idea.getString("status"));
    }

    @Test
    void booleansAreTrueOrFalseNothingElse() {
        boolean before = admin.get("api/v1/admin/moderation-settings").json().getBoolean("holdFirstPosts");
        for (String value : List.of("\"yes\"", "\"true\"", "1", "0", "[]", "{}")) {
            assertProblem(admin.putJson("api/v1/admin/moderation-settings", "{\"holdFirstPosts\":" + value + "}"),
                    400, "holdFirstPosts");
        }
        assertEquals(before, admin.get("api/v1/admin/moderation-settings").json().getBoolean("holdFirstPosts"));
    }

    @Test
    void aMissingRoleListDoesNotStripEveryRole() {
        Members.TestMember pm = Members.withRoles(api, "Rolf Roles", Role.PRODUCT_MANAGER);
        for (String body : List.of("null", "{}", "{\"roles\":null}", "[]", "\"MEMBER\"")) {
            Api.Reply reply = admin.putJson("api/v1/members/" + pm.id() + "/roles", body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertEquals("application/problem+json", reply.contentType());
        }
        assertTrue(api.get("api/v1/members/" + pm.id()).json().getBoolean("staff"), "still a product manager");
    }

    @Test
    void ratingsRefuseBodiesThatAreNotObjects() {
        Api.Reply products = api.get("api/v1/products");
        assertEquals(200, products.status());
        String slug = products.jsonArray().isEmpty() ? addProduct() : products.jsonArray().getJsonObject(0).getString("slug");
        for (String body : List.of("[]", "null", "\"x\"", "{\"csat\":", "42")) {
            Api.Reply reply = member.postJson("api/v1/products/" + slug + "/ratings", body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertEquals("application/problem+json", reply.contentType(), reply.body());
        }
        Api.Reply mine = member.get("api/v1/products/" + slug + "/ratings/mine");
        assertEquals(200, mine.status(), mine.body());
        assertEquals(0, mine.jsonArray().size(), "no rating was stored");
    }

    private String addProduct() {
        Api.Reply team = admin.postJson("api/v1/teams", Body.of("name", "Rated " + Words.unique()));
        return admin.postJson("api/v1/teams/" + team.json().getString("slug") + "/products",
                Body.of("name", "Gadget " + Words.unique())).json().getString("slug");
    }

    @Test
    void controlCharactersAndDirectionOverridesStayOutOfTitlesAndNames() {
        String marker = Words.unique();
        for (String title : List.of("Nul\u0000byte " + marker, "Right\u202Eto left " + marker, "Bell\u0007 " + marker,
                "Two\nlines " + marker)) {
            assertProblem(member.postJson("api/v1/ideas", Body.of("title", title)), 400, "title");
        }
        assertProblem(member.postJson("api/v1/ideas", "{\"title\":\"Lone \\uD800 surrogate " + marker + "\"}"), 400, "title");
        assertProblem(admin.postJson("api/v1/teams", Body.of("name", "Team\u202E" + marker)), 400, "name");
        assertProblem(admin.postJson("api/v1/teams", Body.of("name", "Team\u0000" + marker)), 400, "name");
        assertProblem(member.postJson("api/v1/ideas", Body.of("title", "Fine title " + marker, "body", "bad\u0000body")),
                400, "body");
        Api.Reply search = api.get("api/v1/ideas?sort=new&limit=100");
        assertFalse(search.body().contains(marker), "nothing was stored");
        Api.Reply fine = member.postJson("api/v1/ideas", Body.of("title", "Fine title " + marker,
                "body", "Two lines\n\tand a tab are fine in a body"));
        assertEquals(201, fine.status(), fine.body());
    }

    @Test
    void anOverlongEmailAtSignInIsABadRequest() {
        String email = "a".repeat(300) + "@example.com";
        assertProblem(api.postJson("api/v1/auth/token", Body.of("email", email, "password", "whatever-it-is")), 400, "email");
    }

    @Test
    void oversizedBodiesAre413Problems() {
        Api.Reply reply = member.postJson("api/v1/ideas", Body.of("title", "Huge", "body", "x".repeat(2 * 1024 * 1024)));
        assertEquals(413, reply.status());
        assertEquals("application/problem+json", reply.contentType());
    }

    /**
     * Every operation with a JSON body gets malformed JSON, non-objects and, for each documented
     * property, values of every wrong kind: no 5xx, and every 4xx is a problem body.
     */
    @Test
    void noOperationAnswersBadBodiesWith5xxOrWithoutAProblem() {
        JsonObject openapi = api.get("openapi?format=json").json();
        // A throw-away admin behind a documentation address: the fuzz's failed sign-ins and refused
        // password checks must not lock out the suite's admin or its loopback address.
        Api fuzzer = api.as(Members.withRoles(api, "Fuzz Admin", Role.ADMIN).token())
                .from("192.0.2." + (1 + Math.floorMod(Words.unique().hashCode(), 250)));
        JsonObject schemas = openapi.getJsonObject("components").getJsonObject("schemas");
        Map<String, String> pathValues = pathValues();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, JsonValue> path : new TreeMap<>(openapi.getJsonObject("paths")).entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!Set.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonObject op = operation.getValue().asJsonObject();
                JsonObject json = op.containsKey("requestBody") ? op.getJsonObject("requestBody")
                        .getJsonObject("content").getJsonObject("application/json") : null;
                if (json == null) {
                    continue;
                }
                String url = fill(path.getKey(), pathValues);
                for (String body : bodies(json.getJsonObject("schema"), schemas)) {
                    Api.Reply reply = fuzzer.send(method, url, body);
                    sent++;
                    if (reply.status() >= 500 || reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
                        failures.add(method + " " + url + " " + abbreviate(body) + " -> " + reply.status() + " "
                                + reply.contentType() + " " + abbreviate(reply.body()));
                    }
                }
            }
        }
        assertTrue(sent > 200, "sent only " + sent);
        assertEquals(List.of(), failures);
    }

    /** Every query parameter of every GET gets garbage: never a 5xx, every 4xx a problem. */
    @Test
    void noReadAnswersBadQueryParametersWith5xx() {
        JsonObject openapi = api.get("openapi?format=json").json();
        Map<String, String> pathValues = pathValues();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        List<String> garbage = List.of("%00", "99999999999999999999", "-1", "1.5", "abc", "%E2%80%AE", "%ED%A0%80",
                "x".repeat(3000), "", "2026-13-45", "Zm9v");
        for (Map.Entry<String, JsonValue> path : new TreeMap<>(openapi.getJsonObject("paths")).entrySet()) {
            JsonObject get = path.getValue().asJsonObject().getJsonObject("get");
            if (get == null || !get.containsKey("parameters") || path.getKey().contains("/ws/")) {
                continue;
            }
            String url = fill(path.getKey(), pathValues);
            for (JsonValue parameter : get.getJsonArray("parameters")) {
                JsonObject p = parameter.asJsonObject();
                if (!"query".equals(p.getString("in", ""))) {
                    continue;
                }
                for (String value : garbage) {
                    Api.Reply reply = admin.get(url + "?" + p.getString("name") + "=" + value);
                    sent++;
                    if (reply.status() >= 500 || reply.status() >= 400
                            && !reply.contentType().startsWith("application/problem+json")) {
                        failures.add("GET " + url + "?" + p.getString("name") + "=" + abbreviate(value) + " -> "
                                + reply.status() + " " + abbreviate(reply.body()));
                    }
                }
            }
        }
        assertTrue(sent > 50, "sent only " + sent);
        assertEquals(List.of(), failures);
    }

    private Map<String, String> pathValues() {
        long idea = member.postIdea("Fuzz target " + Words.unique(), "");
        long comment = member.postJson("api/v1/ideas/" + idea + "/comments", Body.of("body", "fuzz"))
                .json().getJsonNumber("id").longValue();
        String team = admin.postJson("api/v1/teams", Body.of("name", "Fuzz " + Words.unique())).json().getString("slug");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", Long.toString(idea));
        values.put("id", Long.toString(comment));
        values.put("memberId", Long.toString(Members.verified(api, "Fuzz Member").id()));
        values.put("slug", team);
        return values;
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template.replaceAll("\\{(\\w+):[^/]*\\}", "{$1}");
        if (path.startsWith("/api/v1/members/")) { // a member of the fuzz's own, never someone else
            path = path.replace("{id}", values.get("memberId"));
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        path = path.replaceAll("\\{\\w+\\}", "1");
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** Malformed and non-object bodies, then each property set to each wrong kind of value. */
    private static List<String> bodies(JsonObject schema, JsonObject schemas) {
        List<String> bodies = new ArrayList<>(List.of("{\"a\":", "not json", "[]", "null", "\"x\"", "42", "true",
                "{\"a\":1}garbage", "\u00ff\u00fe",
                "[".repeat(1_000) + "]".repeat(1_000), "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000)));
        JsonObject resolved = resolve(schema, schemas);
        JsonObject properties = resolved == null ? null : resolved.getJsonObject("properties");
        if (properties != null) {
            for (String name : properties.keySet()) {
                for (String value : wrongValues(resolve(properties.getJsonObject(name), schemas))) {
                    bodies.add("{\"" + name + "\":" + value + "}");
                }
            }
        }
        bodies.add("{\"s\":\"" + "z".repeat(2 * 1024 * 1024) + "\"}");
        return bodies;
    }

    /**
     * Values of the wrong kind for a property of this schema, never a valid one (a valid value could
     * really change something): wrong types, numbers past 64 bits or with fractions, bad characters.
     */
    private static List<String> wrongValues(JsonObject property) {
        String type = property == null ? "object" : property.getString("type", "object");
        List<String> values = new ArrayList<>(List.of("{}", "[[\"x\"]]", "1.5", PAST_64_BITS, "-" + PAST_64_BITS, "1e400"));
        if (!type.equals("boolean")) {
            values.add("true");
        }
        if (!type.equals("string")) {
            values.add("\"yes\"");
        } else {
            values.addAll(List.of("\"a\\u0000b\"", "\"\\uD800\"", "\"x\\u0007y\"", "[]", "2"));
        }
        if (!type.equals("array")) {
            values.add("[null]");
        }
        return values;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema == null) {
            return null;
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
            return schemas.getJsonObject(name);
        }
        return schema;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    static void assertProblem(Api.Reply reply, int status, String field) {
        IdeasApiIT.assertProblem(reply, status, field);
    }
}
