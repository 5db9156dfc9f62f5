package org.idealoop.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RedirectLocationsTest {

    static final String BASE = "https://ideas.example.com";

    /** As if the client had sent "Host: evil.example" to a request for /ideas/42. */
    static String forged(String location) {
        return RedirectLocations.rebase(location, "evil.example", 80, "", "/ideas/42", BASE);
    }

    /** As if the request had come through the proxy of the base URL: "Host: ideas.example.com", plain HTTP. */
    static String proper(String location) {
        return RedirectLocations.rebase(location, "ideas.example.com", 80, "", "/ideas/42", BASE);
    }

    @Test
    void aForgedHostIsNeverNamedTheCallerGetsThePathAlone() {
        assertEquals("/api/v1/ideas/7", forged("http://evil.example/api/v1/ideas/7"));
        assertEquals("/api/v1/ideas/7", forged("http://EVIL.example:80/api/v1/ideas/7"));
        assertEquals("/sign-in?next=%2Fme#top", forged("http://evil.example/sign-in?next=%2Fme#top"));
        assertEquals("/", forged("http://evil.example"));
        assertEquals("/sign-in", forged("/sign-in"));
        assertEquals("/ideas/43", forged("43"));
    }

    @Test
    void onTheBaseUrlsHostLocationsAreAbsoluteOnTheBaseUrl() {
        assertEquals(BASE + "/api/v1/ideas/7", proper("http://ideas.example.com/api/v1/ideas/7"));
        assertEquals(BASE + "/sign-in?next=%2Fme", proper("/sign-in?next=%2Fme"));
        assertEquals(BASE + "/ideas/43", proper("43"));
        assertEquals(BASE + "/search?q=a%20b", proper("/search?q=a%20b"));
    }

    @Test
    void otherSitesAreLeftAlone() {
        String provider = "https://login.example.org/authorize?redirect_uri=https%3A%2F%2Fideas.example.com%2Foidc%2Fcallback";
        assertEquals(provider, forged(provider));
        assertEquals("http://evil.example:8080/x", forged("http://evil.example:8080/x"), "another port is another site");
        assertEquals("//cdn.example.net/x.js", forged("//cdn.example.net/x.js"));
        assertEquals("not a [uri", forged("not a [uri"));
        assertNull(forged(null));
    }

    @Test
    void theContextPathGivesWayToTheBaseUrlsPath() {
        assertEquals("https://example.com/community/ideas/7",
                RedirectLocations.rebase("http://example.com/idealoop/ideas/7", "example.com", 80, "/idealoop",
                        "/idealoop/x", "https://example.com/community/"));
        assertEquals("/idealoop/ideas/7",
                RedirectLocations.rebase("http://evil.example/idealoop/ideas/7", "evil.example", 80, "/idealoop",
                        "/idealoop/x", "https://example.com/community/"));
    }
}
