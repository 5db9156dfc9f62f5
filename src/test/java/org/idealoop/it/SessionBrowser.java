package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript: a cookie jar (cookies ignore the port, so instances on loopback share it as behind
 * one load balancer), the sign-in form, the home page's idea form, and API calls with the session's CSRF token.
 */
final class SessionBrowser {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern POST_ACTION = Pattern.compile("<form[^>]*id=\"post\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"signIn\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signs in through the sign-in page, as a person would (no JavaScript needed: the button is not Ajax). */
    void signIn(URI instance, String email, String password) throws Exception {
        HttpResponse<String> page = send(instance, "GET", "sign-in", null, null);
        assertEquals(200, page.statusCode());
        String viewState = find(VIEW_STATE, page.body());
        String action = find(FORM_ACTION, page.body()).replace("&amp;", "&");
        String form = form(Map.of("signIn", "signIn", "signIn:email", email, "signIn:password", password,
                "signIn:submit", "", "jakarta.faces.ViewState", viewState));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(instance.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(signedIn.statusCode() == 302 || signedIn.statusCode() == 303,
                "the sign-in redirects: " + signedIn.statusCode() + "\n" + signedIn.body());
    }

    /**
     * Opens the home page on {@code from} and posts its idea form to {@code to} as PrimeFaces' Ajax request
     * does (the view state names a view kept in the session; the CSP nonce is the page's).
     */
    HttpResponse<String> postIdeaFrom(URI from, URI to, String title) throws Exception {
        HttpResponse<String> page = send(from, "GET", "", null, null);
        assertEquals(200, page.statusCode());
        String viewState = find(VIEW_STATE, page.body());
        String action = find(POST_ACTION, page.body()).replace("&amp;", "&");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("post", "post");
        fields.put("post:title", title);
        fields.put("post:body", "Made on one instance, sent to the other.");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "post:submit");
        fields.put("jakarta.faces.partial.execute", "post");
        fields.put("jakarta.faces.partial.render", "post ideas");
        fields.put("post:submit", "post:submit");
        fields.put("primefaces.nonce", find(NONCE, page.body())); // the page's CSP nonce, as PrimeFaces sends it
        return http.send(HttpRequest.newBuilder(to.resolve(action)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonObject me(URI instance) throws Exception {
        HttpResponse<String> reply = send(instance, "GET", "api/v1/me", null, null);
        assertEquals(200, reply.statusCode(), reply.body());
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    HttpResponse<String> send(URI instance, String method, String path, String json, String csrf)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.resolve(path)).timeout(Duration.ofSeconds(30));
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), pattern + " in\n" + html);
        return matcher.group(1);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
