package org.idealoop.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** A small HTTP client for the API under test. */
public final class Api {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Reply postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts an idea and returns its number; fails the test unless it is created. */
    public long postIdea(String title, String body) {
        Reply reply = postJson("api/v1/ideas", Json.createObjectBuilder()
                .add("title", title).add("body", body).build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("Posting an idea answered " + reply.status() + ": " + reply.body());
        }
        return reply.json().getJsonNumber("number").longValue();
    }

    /** Repeats a GET until the reply satisfies the condition, or the time is up. */
    public Reply await(String path, Predicate<Reply> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reply reply = get(path);
        while (!condition.test(reply) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            reply = get(path);
        }
        return reply;
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, String location, String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }
}
