package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What anonymous callers and forged requests can learn or steer: health says UP or DOWN only; metrics
 * and the WADL describe the server to nobody but admins; the session cookie is SameSite; personal answers
 * are not cached; no redirect names the Host a client made up: a Location names the base URL
 * (IDEALOOP_BASE_URL, http://localhost:port in this suite) or no host at all.
 */
@ExtendWith(ArquillianExtension.class)
class LeaksIT {

    static final String FORGED = "evil.example";

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

    @Test
    void theSessionCookieIsSameSiteLax() {
        RawHttp.Answer page = RawHttp.send(base, "GET", "/sign-in", host(), null);

        String session = page.all("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
        List<String> attributes = List.of(session.split(";")).stream().map(String::strip).toList();
        assertTrue(attributes.stream().anyMatch("SameSite=Lax"::equalsIgnoreCase), session);
        assertTrue(attributes.contains("HttpOnly"), session);
    }

    @Test
    void personalAnswersAreNeverStoredByCaches() {
        for (String path : List.of("/api/v1/me", "/api/v1/me/notifications", "/api/v1/me/tokens",
                "/api/v1/me/notification-settings", "/api/v1/me/ratings", "/api/v1/ideas")) {
            RawHttp.Answer answer = RawHttp.send(base, "GET", path, host(), null, "Authorization: Bearer " + member.token());

            assertEquals(200, answer.status(), path + ": " + answer.body());
            assertNoStore(path, answer);
        }
        RawHttp.Answer token = RawHttp.send(base, "POST", "/api/v1/auth/token", host(),
                Body.of("email", member.email(), "password", member.password()), "Content-Type: application/json");
        assertEquals(200, token.status(), token.body());
        assertNoStore("/api/v1/auth/token", token);
        RawHttp.Answer created = RawHttp.send(base, "POST", "/api/v1/me/tokens", host(), Body.of("name", "leak check"),
                "Content-Type: application/json", "Authorization: Bearer " + member.token());
        assertEquals(201, created.status(), created.body());
        assertNoStore("/api/v1/me/tokens", created);

        RawHttp.Answer withCsrf = RawHttp.send(base, "GET", "/api/v1/me", host(), null,
                "Cookie: " + signInThroughThePage(host()));
        assertEquals(200, withCsrf.status(), withCsrf.body());
        assertTrue(withCsrf.body().contains("csrf"), "the session's answer holds its CSRF token: " + withCsrf.body());
        assertNoStore("/api/v1/me with the session cookie", withCsrf);
    }

    @Test
    void noRedirectNamesAForgedHost() {
        String ideaJson = Body.of("title", "Located idea " + Words.unique());
        List<RawHttp.Answer> answers = List.of(
                RawHttp.send(base, "GET", "/me", FORGED, null),
                RawHttp.send(base, "GET", "/notifications?x=1", FORGED, null),
                RawHttp.send(base, "GET", "/admin", FORGED, null),
                RawHttp.send(base, "GET", "/admin/", FORGED, null),
                RawHttp.send(base, "GET", "/admin/search", FORGED, null),
                RawHttp.send(base, "GET", "/resources", FORGED, null),
                RawHttp.send(base, "GET", "/oidc/login", FORGED, null),
                RawHttp.send(base, "GET", "/oidc/callback", FORGED, null),
                RawHttp.send(base, "POST", "/api/v1/ideas", FORGED, ideaJson, "Content-Type: application/json",
                        "Authorization: Bearer " + member.token()),
                RawHttp.send(base, "POST", "/api/v1/members", FORGED, Body.of("email", Members.newEmail("Hugo Host"),
                        "displayName", "Hugo Host", "password", Members.PASSWORD), "Content-Type: application/json"));

        for (RawHttp.Answer answer : answers) {
            String location = answer.first("Location");
            assertNotNull(location, "a redirect or a created resource: " + answer.status() + " " + answer.headers());
            assertLocal(location);
            assertFalse(answer.body().contains(FORGED), answer.body());
        }
        String created = answers.get(8).first("Location");
        long number = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        RawHttp.Answer comment = RawHttp.send(base, "POST", "/api/v1/ideas/" + number + "/comments", FORGED,
                Body.of("body", "A located comment"), "Content-Type: application/json",
                "Authorization: Bearer " + member.token());
        assertEquals(201, comment.status(), comment.body());
        assertLocal(comment.first("Location"));
    }

    @Test
    void signingInAndOutThroughThePagesNeverNamesAForgedHost() {
        signInAndOut(FORGED);
    }

    @Test
    void onTheBaseUrlsHostRedirectsAreAbsoluteOnTheBaseUrl() {
        String host = "localhost:" + base.getPort();
        signInAndOut(host);

        assertEquals(baseUrl() + "/sign-in?next=%2Fme", RawHttp.send(base, "GET", "/me", host, null).first("Location"));
        RawHttp.Answer created = RawHttp.send(base, "POST", "/api/v1/ideas", host,
                Body.of("title", "Located idea " + Words.unique()), "Content-Type: application/json",
                "Authorization: Bearer " + member.token());
        assertEquals(201, created.status(), created.body());
        assertTrue(created.first("Location").matches(Pattern.quote(baseUrl()) + "/api/v1/ideas/[0-9]+"),
                created.first("Location"));
    }

    private void signInAndOut(String host) {
        String session = signInThroughThePage(host);

        RawHttp.Answer me = RawHttp.send(base, "GET", "/me", host, null, "Cookie: " + session);
        assertEquals(200, me.status(), "signed in: " + me.headers());

        RawHttp.Answer signedOut = RawHttp.send(base, "POST", "/me", host,
                "signOut=signOut&signOut%3Ago=x&jakarta.faces.ViewState=" + Api.encode(viewState(me.body())),
                "Content-Type: application/x-www-form-urlencoded", "Cookie: " + session);
        assertEquals(302, signedOut.status(), signedOut.headers() + "\n" + signedOut.body());
        assertEquals(locationFor(host, "/"), signedOut.first("Location"));
    }

    private void assertLocal(String location) {
        assertFalse(location.contains(FORGED), location);
        assertTrue(location.startsWith(baseUrl() + "/") || location.startsWith("/") && !location.startsWith("//")
                || location.startsWith("http://localhost:" + oidcPort()), location);
    }

    /** The mock OpenID Connect provider's port: the one redirect that leaves the install. */
    private static String oidcPort() {
        return System.getProperty("idealoop.it.oidc.port", "none");
    }

    /** Where a redirect to {@code path} goes: on the base URL for its own host, else the path alone. */
    private String locationFor(String host, String path) {
        return host.startsWith("localhost:") ? baseUrl() + path : path;
    }

    /** IDEALOOP_BASE_URL of the suite. */
    private String baseUrl() {
        return "http://localhost:" + base.getPort();
    }

    private String host() {
        return base.getHost() + ":" + base.getPort();
    }

    private static void assertNoStore(String what, RawHttp.Answer answer) {
        String cache = String.valueOf(answer.first("Cache-Control"));
        assertTrue(cache.contains("no-store"), what + ": Cache-Control " + cache);
    }

    /**
     * Signs the member in with the sign-in form, sending {@code host} as the Host header; checks where the
     * page redirects to ({@link #locationFor}), and returns the session cookie ("JSESSIONID=...").
     */
    private String signInThroughThePage(String host) {
        RawHttp.Answer form = RawHttp.send(base, "GET", "/sign-in?next=%2Fme", host, null);
        String cookie = sessionCookie(form).orElseThrow(() -> new AssertionError("no session: " + form.headers()));

        RawHttp.Answer signedIn = RawHttp.send(base, "POST", "/sign-in", host,
                "signIn=signIn&signIn%3Anext=%2Fme&signIn%3Aemail=" + Api.encode(member.email())
                        + "&signIn%3Apassword=" + Api.encode(member.password())
                        + "&signIn%3Asubmit=&jakarta.faces.ViewState=" + Api.encode(viewState(form.body())),
                "Content-Type: application/x-www-form-urlencoded", "Cookie: " + cookie);

        assertEquals(302, signedIn.status(), signedIn.headers() + "\n" + signedIn.body());
        assertEquals(locationFor(host, "/me"), signedIn.first("Location"));
        return sessionCookie(signedIn).orElse(cookie); // a new session id at sign-in
    }

    private static java.util.Optional<String> sessionCookie(RawHttp.Answer answer) {
        return answer.all("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.contains(";") ? c.substring(0, c.indexOf(';')) : c).reduce((first, last) -> last);
    }

    private static String viewState(String page) {
        Matcher matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(matcher.find(), "the form's view state");
        return matcher.group(1).replace("&#58;", ":");
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
