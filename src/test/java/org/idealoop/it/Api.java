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

/**
 * A small HTTP client for the API under test. HTTP/1.1: the JDK client's h2c upgrade attempt on a
 * request with a body (a DELETE with JSON) is answered 400 by Payara's Grizzly.
 */
public final class Api {

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final String forwardedFor;

    public Api(URL base) {
        this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), null,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build(), null);
    }

    private Api(URI base, String token, HttpClient http, String forwardedFor) {
        this.base = base;
        this.token = token;
        this.http = http;
        this.forwardedFor = forwardedFor;
    }

    /** The same API, called with a bearer token. */
    public Api as(String bearerToken) {
        return new Api(base, bearerToken, http, forwardedFor);
    }

    /**
     * The same API, as a client at {@code address} behind a proxy: sends {@code X-Forwarded-For}, which
     * the suite's install believes from this host (IDEALOOP_TRUSTED_PROXIES). This host is exempt from
     * per-address limits (IDEALOOP_RATE_EXEMPT_ADDRESSES); such an address is not.
     */
    public Api from(String address) {
        return new Api(base, token, http, address);
    }

    /** The same API through a client that keeps cookies and follows redirects, like a browser. */
    public Api withCookies() {
        return new Api(base, token, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build(), forwardedFor);
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Reply postJson(String path, String json) {
        return send("POST", path, json);
    }

    public Reply putJson(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    public Reply send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (json == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply sendBytes(String method, String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
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

    Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Link").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, String location, String body, String retryAfter, String link) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public jakarta.json.JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }
    }
}
