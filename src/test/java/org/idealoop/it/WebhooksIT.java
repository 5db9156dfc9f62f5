package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Outgoing webhooks against a real receiver: signed, retried until accepted, logged and replayable. */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    static final String SECRET = "a-test-secret-of-enough-length";
    static final Duration ARRIVES = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    static String admin;
    static String author;

    Api api;
    Receiver receiver;

    @BeforeEach
    void clients() {
        api = new Api(base);
        if (admin == null) {
            admin = Members.admin(api);
            author = Members.verified(api, "Walt Webhook").token();
        }
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop();
        }
    }

    @Test
    void aStatusChangeIsPostedSignedAndRetriedUntilTheReceiverAccepts() throws Exception {
        receiver = Receiver.start(2);
        String[] filing = Crowd.teamWithCategory();
        Api.Reply registered = api.as(admin).postJson("api/v1/admin/webhooks",
                Body.of("url", receiver.url(), "team", filing[0], "secret", SECRET));
        assertEquals(201, registered.status(), registered.body());
        assertEquals(SECRET, registered.json().getString("secret"));
        assertEquals(filing[0], registered.json().getString("team"));
        long hook = registered.json().getJsonNumber("id").longValue();
        long number = postIdea("Webhook idea " + Words.unique(), filing[1]);
        String message = "We will build it " + Words.unique();

        changeStatus(number, "planned", message);

        List<Received> requests = receiver.await(3);
        assertEquals(3, requests.size(), "two failures and a success");
        String delivery = requests.get(0).header("X-Idealoop-Delivery");
        for (Received request : requests) {
            assertEquals(delivery, request.header("X-Idealoop-Delivery"), "a retry is the same delivery");
            assertEquals("sha256=" + hmac(SECRET, request.body()), request.header("X-Idealoop-Signature"));
            assertTrue(request.header("Content-Type").startsWith("application/json"), request.header("Content-Type"));
            assertEquals("Idealoop-Webhooks", request.header("User-Agent"));
            assertTrue(request.header("X-Idealoop-Event").startsWith("idea."), request.header("X-Idealoop-Event"));
            assertArrayEquals(requests.get(0).body(), request.body());
        }
        JsonObject payload = json(requests.get(0).text());
        assertEquals(number, payload.getJsonObject("idea").getJsonNumber("number").longValue());
        assertEquals("planned", payload.getString("to"));

        Api.Reply log = api.as(admin).await("api/v1/admin/webhooks/" + hook + "/deliveries",
                reply -> reply.status() == 200 && !reply.jsonArray().isEmpty()
                        && reply.jsonArray().getJsonObject(0).getBoolean("delivered"), Duration.ofSeconds(30));
        JsonArray deliveries = log.jsonArray();
        assertEquals(1, deliveries.size(), log.body());
        JsonObject logged = deliveries.getJsonObject(0);
        assertEquals(Long.parseLong(delivery), logged.getJsonNumber("id").longValue());
        assertTrue(logged.getBoolean("delivered"), log.body());
        assertEquals(requests.get(0).text(), logged.getString("payload"));
        assertEquals(List.of(500, 500, 200), statuses(logged.getJsonArray("attempts")), log.body());

        Api.Reply replay = api.as(admin).postJson("api/v1/admin/webhooks/deliveries/" + delivery + "/replay", null);
        assertEquals(202, replay.status(), replay.body());
        long replayed = replay.json().getJsonNumber("id").longValue();
        assertNotEquals(Long.parseLong(delivery), replayed);

        List<Received> withReplay = receiver.await(4);
        assertEquals(4, withReplay.size());
        Received again = withReplay.get(3);
        assertArrayEquals(requests.get(0).body(), again.body(), "the same payload");
        assertEquals(Long.toString(replayed), again.header("X-Idealoop-Delivery"));
        assertEquals("sha256=" + hmac(SECRET, again.body()), again.header("X-Idealoop-Signature"));
    }

    @Test
    void anotherTeamsStatusChangeIsNotSent() throws Exception {
        receiver = Receiver.start(0);
        String[] watched = Crowd.teamWithCategory();
        String[] other = Crowd.teamWithCategory();
        assertEquals(201, api.as(admin).postJson("api/v1/admin/webhooks",
                Body.of("url", receiver.url(), "team", watched[0], "secret", SECRET)).status());
        long elsewhere = postIdea("Other team's idea " + Words.unique(), other[1]);
        long ours = postIdea("Watched team's idea " + Words.unique(), watched[1]);

        changeStatus(elsewhere, "planned", "Not for this hook");
        changeStatus(ours, "planned", "For this hook");

        List<Received> requests = receiver.await(1);
        Thread.sleep(3000); // time enough for a wrong delivery to arrive too
        assertEquals(1, receiver.received().size());
        assertEquals(ours, json(requests.get(0).text()).getJsonObject("idea").getJsonNumber("number").longValue());
    }

    @Test
    void badRegistrationsAreRefusedNamingTheField() {
        Api asAdmin = api.as(admin);
        String url = "http://localhost:9/hook-" + Words.unique();

        IdeasApiIT.assertProblem(asAdmin.postJson("api/v1/admin/webhooks", Body.of("url", "ftp://x")), 400, "url");
        IdeasApiIT.assertProblem(asAdmin.postJson("api/v1/admin/webhooks", Body.of("url", "not a url")), 400, "url");
        IdeasApiIT.assertProblem(asAdmin.postJson("api/v1/admin/webhooks", Body.of("url", "/relative/hook")), 400, "url");
        IdeasApiIT.assertProblem(asAdmin.postJson("api/v1/admin/webhooks", Body.of("secret", SECRET)), 400, "url");
        IdeasApiIT.assertProblem(asAdmin.postJson("api/v1/admin/webhooks",
                Body.of("url", "https://example.test/" + "x".repeat(500))), 400, "url");
        IdeasApiIT.assertProblem(asAdmin.postJson("api/v1/admin/webhooks",
                Body.of("url", url, "team", "no-such-team")), 400, "team");
        IdeasApiIT.assertProblem(asAdmin.postJson("api/v1/admin/webhooks",
                Body.of("url", url, "secret", "short")), 400, "secret");
        IdeasApiIT.assertProblem(asAdmin.postJson("api/v1/admin/webhooks",
                Body.of("url", url, "secret", "s".repeat(101))), 400, "secret");

        assertFalse(asAdmin.get("api/v1/admin/webhooks").body().contains(url), "nothing was registered");
    }

    @Test
    void targetsOnLocalPrivateOrReservedAddressesAreRefusedAndNothingIsStored() throws Exception {
        Api asAdmin = api.as(admin);
        String marker = "hook-" + Words.unique();
        // localhost is allowed in this suite (its receivers); an address is not, nor another name for it.
        List<String> refused = List.of("http://127.0.0.1:9200/", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:3307/", "https://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1:8080/",
                "http://127.0.0.2:9/", "http://[::ffff:127.0.0.1]:9200/", "http://[::ffff:a9fe:a9fe]/",
                "http://0.0.0.0:9200/", "http://[::]:9200/", "http://[fd00::1]/", "http://[fe80::1]/",
                "http://224.0.0.1/", "http://2130706433:9200/", "ftp://hooks.example.com/", "file:///etc/");

        for (String url : refused) {
            IdeasApiIT.assertProblem(asAdmin.postJson("api/v1/admin/webhooks",
                    Body.of("url", url + marker, "secret", SECRET)), 400, "url");
        }

        assertFalse(asAdmin.get("api/v1/admin/webhooks").body().contains(marker), "nothing was registered");
        assertEquals(0, Crowd.count("SELECT COUNT(*) FROM webhook WHERE url LIKE '%" + marker + "'"));
        Api.Reply allowed = asAdmin.postJson("api/v1/admin/webhooks", Body.of("url", "http://localhost:9/" + marker));
        assertEquals(201, allowed.status(), "a host the install allows: " + allowed.body());
        assertEquals(204, asAdmin.delete("api/v1/admin/webhooks/" + allowed.json().getJsonNumber("id")).status());
    }

    @Test
    void aStoredTargetThatIsNotAllowedGetsAFailedAttemptInsteadOfAPost() throws Exception {
        receiver = Receiver.start(0, "127.0.0.2"); // on this machine, but not a host the suite allows
        String[] filing = Crowd.teamWithCategory();
        long team = Crowd.count("SELECT id FROM product_team WHERE slug = '" + filing[0] + "'");
        // Registered before targets were checked (or when its name resolved elsewhere): straight into the table.
        Crowd.sql("INSERT INTO webhook (team_id, url, secret, active, created_at) VALUES (?, ?, ?, TRUE, NOW(6))",
                team, receiver.url(), SECRET);
        long hook = Crowd.count("SELECT MAX(id) FROM webhook WHERE team_id = " + team);
        long number = postIdea("Inside job " + Words.unique(), filing[1]);

        changeStatus(number, "planned", "Nobody inside hears this");

        Api.Reply log = api.as(admin).await("api/v1/admin/webhooks/" + hook + "/deliveries",
                reply -> reply.status() == 200 && !reply.jsonArray().isEmpty()
                        && !reply.jsonArray().getJsonObject(0).getJsonArray("attempts").isEmpty(), ARRIVES);
        JsonObject delivery = log.jsonArray().getJsonObject(0);
        assertFalse(delivery.getBoolean("delivered"), log.body());
        JsonObject attempt = delivery.getJsonArray("attempts").getJsonObject(0);
        assertTrue(!attempt.containsKey("status") || attempt.isNull("status"), "no answer: nothing was posted " + log.body());
        assertTrue(attempt.getString("error").contains("127.0.0.2"), log.body());
        Thread.sleep(1500); // a second attempt, had the first been let through, would have arrived by now
        assertEquals(List.of(), receiver.received(), "the receiver never heard from the install");
    }

    @Test
    void onlyAdminsManageWebhooks() {
        String body = Body.of("url", "http://127.0.0.1:9/hook-" + Words.unique());

        Api.Reply asMember = api.as(author).postJson("api/v1/admin/webhooks", body);
        Api.Reply anonymous = api.postJson("api/v1/admin/webhooks", body);

        assertEquals(403, asMember.status(), asMember.body());
        assertEquals("application/problem+json", asMember.contentType());
        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals(403, api.as(author).get("api/v1/admin/webhooks").status());
    }

    @Test
    void aRemovedWebhookIsGoneWithItsLog() throws Exception {
        String[] filing = Crowd.teamWithCategory();
        Api asAdmin = api.as(admin);
        Api.Reply registered = asAdmin.postJson("api/v1/admin/webhooks",
                Body.of("url", "https://hooks.example.test/" + Words.unique(), "team", filing[0]));
        assertEquals(201, registered.status(), registered.body());
        assertTrue(registered.json().getString("secret").length() >= 16, "a generated secret");
        long hook = registered.json().getJsonNumber("id").longValue();
        JsonObject listed = find(asAdmin.get("api/v1/admin/webhooks").jsonArray(), hook).orElseThrow();
        assertFalse(listed.containsKey("secret"), "the secret is shown only once");
        assertTrue(listed.getBoolean("active"));

        assertEquals(204, asAdmin.delete("api/v1/admin/webhooks/" + hook).status());

        assertTrue(find(asAdmin.get("api/v1/admin/webhooks").jsonArray(), hook).isEmpty());
        assertEquals(404, asAdmin.delete("api/v1/admin/webhooks/" + hook).status());
        assertEquals(404, asAdmin.get("api/v1/admin/webhooks/" + hook + "/deliveries").status());
        assertEquals(404, asAdmin.postJson("api/v1/admin/webhooks/deliveries/999999999999/replay", null).status());
    }

    private static Optional<JsonObject> find(JsonArray hooks, long id) {
        return hooks.stream().map(JsonValue::asJsonObject)
                .filter(hook -> hook.getJsonNumber("id").longValue() == id)
                .findFirst();
    }

    private static List<Integer> statuses(JsonArray attempts) {
        List<Integer> statuses = new ArrayList<>();
        attempts.forEach(attempt -> statuses.add(attempt.asJsonObject().containsKey("status")
                && !attempt.asJsonObject().isNull("status") ? attempt.asJsonObject().getInt("status") : null));
        return statuses;
    }

    static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private long postIdea(String title, String category) {
        Api.Reply created = api.as(author).postJson("api/v1/ideas", Body.of("title", title, "category", category));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("number").longValue();
    }

    private void changeStatus(long number, String status, String message) {
        Api.Reply changed = api.as(admin).postJson("api/v1/ideas/" + number + "/status",
                Body.of("status", status, "message", message));
        assertEquals(200, changed.status(), changed.body());
    }

    /** One request the receiver got: its headers (first values, any case) and exact body. */
    record Received(Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A webhook endpoint on this machine that records every request and fails the first few with 500. */
    static final class Receiver {

        private final HttpServer server;
        private final int failures;
        private final List<Received> received = new ArrayList<>();
        private volatile int forced;

        private Receiver(HttpServer server, int failures) {
            this.server = server;
            this.failures = failures;
        }

        static Receiver start(int failures) throws IOException {
            return start(failures, "127.0.0.1");
        }

        static Receiver start(int failures, String address) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
            Receiver receiver = new Receiver(server, failures);
            server.createContext("/hook", exchange -> {
                try {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    exchange.getRequestHeaders().forEach((name, values) ->
                            headers.put(name, values.isEmpty() ? "" : values.get(0)));
                    int count;
                    synchronized (receiver) {
                        receiver.received.add(new Received(headers, body));
                        count = receiver.received.size();
                    }
                    int forcedStatus = receiver.forced;
                    exchange.sendResponseHeaders(forcedStatus != 0 ? forcedStatus : count <= failures ? 500 : 200, -1);
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return receiver;
        }

        /** The suite allows "localhost" (IDEALOOP_WEBHOOKS_ALLOWED_HOSTS); other addresses are used by their number. */
        String url() {
            String address = server.getAddress().getAddress().getHostAddress();
            return "http://" + (address.equals("127.0.0.1") ? "localhost" : address) + ":"
                    + server.getAddress().getPort() + "/hook";
        }

        /** Answers every request with this status from now on (0: back to failing the first few, then 200). */
        void answer(int status) {
            forced = status;
        }

        synchronized List<Received> received() {
            return List.copyOf(received);
        }

        /** The requests so far, once there are at least {@code count} (or the time is up). */
        List<Received> await(int count) throws InterruptedException {
            long deadline = System.nanoTime() + ARRIVES.toNanos();
            while (received().size() < count && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            return received();
        }

        void stop() {
            server.stop(0);
        }
    }
}
