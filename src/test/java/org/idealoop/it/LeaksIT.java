package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What anonymous callers can learn about the server: health says UP or DOWN only; metrics and the WADL
 * describe the server to nobody but admins.
 */
@ExtendWith(ArquillianExtension.class)
class LeaksIT {

    @ArquillianResource
    URL base;

    static String admin;
    static Members.TestMember member;

    Api api;

    @BeforeEach
    void clients() {
        api = new Api(base);
        if (admin == null) {
            admin = Members.admin(api);
            member = Members.verified(api, "Liam Leak");
        }
    }

    @Test
    void anonymousHealthSaysOnlyUpOrDownPerCheck() {
        api.await("health/ready", r -> r.status() == 200, Duration.ofSeconds(60));
        for (String path : List.of("health", "health/ready", "health/live")) {
            Api.Reply health = api.get(path);

            assertEquals(200, health.status(), path + ": " + health.body());
            JsonObject body = json(health.body());
            assertEquals("UP", body.getString("status"));
            assertFalse(body.getJsonArray("checks").isEmpty(), health.body());
            for (JsonValue check : body.getJsonArray("checks")) {
                JsonObject fields = check.asJsonObject();
                assertTrue(List.of("UP", "DOWN").contains(fields.getString("status")), health.body());
                JsonObject data = fields.getJsonObject("data");
                assertTrue(data == null || data.isEmpty(), "no details in " + path + ": " + health.body());
            }
            String text = health.body().toLowerCase(Locale.ROOT);
            assertFalse(text.contains("mariadb") || text.contains("cluster") || text.contains("green"), health.body());
        }
    }

    @Test
    void metricsAreForAdminsOnly() {
        for (String path : List.of("metrics", "metrics/base", "metrics?scope=vendor")) {
            Api.Reply anonymous = api.get(path);
            Api.Reply asMember = api.as(member.token()).get(path);

            assertEquals(401, anonymous.status(), path + ": " + anonymous.body());
            assertEquals("application/problem+json", anonymous.contentType());
            assertFalse(anonymous.body().contains("jvm") || anonymous.body().contains("Pool"), anonymous.body());
            assertEquals(403, asMember.status(), path + ": " + asMember.body());
            assertEquals("application/problem+json", asMember.contentType());
        }
        Api.Reply asAdmin = api.as(admin).get("metrics");
        assertEquals(200, asAdmin.status(), asAdmin.body());
        assertTrue(asAdmin.body().contains("jvm") || asAdmin.body().contains("classloader"), asAdmin.body());
    }

    @Test
    void theApiDoesNotDescribeItselfInWadl() {
        Api.Reply wadl = api.get("api/v1/application.wadl");
        Api.Reply wadlAsAdmin = api.as(admin).get("api/v1/application.wadl?detail=true");

        assertEquals(404, wadl.status(), wadl.body());
        assertEquals("application/problem+json", wadl.contentType());
        assertEquals(404, wadlAsAdmin.status(), wadlAsAdmin.body());
        for (String path : List.of("/api/v1/ideas", "/api/v1/me", "/api/v1/admin/webhooks", "/api/v1/ideas/1/comments")) {
            for (String accept : List.of("*/*", "application/vnd.sun.wadl+xml", "application/xml")) {
                RawHttp.Answer options = RawHttp.send(base, "OPTIONS", path, host(), null, "Accept: " + accept);

                assertTrue(options.body().isBlank() || options.body().strip().matches("[A-Z]+(, [A-Z]+)*"),
                        "at most the allowed methods: " + path + " " + accept + ": " + options.body());
            }
        }
    }

    private String host() {
        return base.getHost() + ":" + base.getPort();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
