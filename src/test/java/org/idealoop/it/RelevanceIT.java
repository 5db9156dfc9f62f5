package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Known queries on a seeded corpus return the expected idea first. Every idea of the corpus carries
 * one marker word, so the queries (marker + words) reach only this corpus in the shared index.
 */
@ExtendWith(ArquillianExtension.class)
class RelevanceIT {

    @ArquillianResource
    URL base;

    static String marker;
    static final Map<String, Long> CORPUS = new HashMap<>();

    Api api;

    @BeforeEach
    void corpus() {
        api = new Api(base).as(Members.verified(new Api(base), "Rel Evance").token());
        if (marker != null) {
            return;
        }
        marker = Words.unique();
        seed("dark", "Dark mode for the mobile app", "Switch the whole app to dark colours at night.");
        seed("export", "Export reports to a spreadsheet", "Download the monthly reports as CSV for Excel.");
        seed("offline", "Offline access to documents", "Read my documents on the train without a connection.");
        seed("login", "Two-factor authentication at login", "Secure my account with an authenticator app code.");
        seed("notify", "Mobile notifications for replies", "Push a notification to my phone when someone replies.");
        api.await("api/v1/search?q=" + marker, r -> SearchIT.total(r) == CORPUS.size(), Duration.ofSeconds(30));
    }

    private void seed(String name, String title, String body) {
        CORPUS.put(name, api.postIdea(title, body + " " + marker));
    }

    @Test
    void theIdeaWithBothWordsInItsTitleComesFirst() {
        assertEquals(CORPUS.get("dark"), first(marker + " mobile app"));
    }

    @Test
    void aTypoStillFindsTheIdea() {
        assertEquals(CORPUS.get("notify"), first(marker + " notificatons phone"));
        assertEquals(CORPUS.get("login"), first(marker + " authentcation"));
        assertEquals(CORPUS.get("export"), first(marker + " spreadshet reprts"));
    }

    @Test
    void aPhraseFindsTheIdeaWithThoseWordsInOrder() {
        assertEquals(List.of(CORPUS.get("login")), numbers(marker + " \"app code\""));
        assertEquals(List.of(CORPUS.get("offline")), numbers(marker + " \"on the train\""));
    }

    @Test
    void supportLiftsAnIdeaAboveAnEqualMatch() throws Exception {
        String word = Words.unique();
        long supported = api.postIdea("Solar charging " + word, "Charge from the sun " + word);
        long quiet = api.postIdea("Solar charging " + word, "Charge from the sun " + word); // newer, no votes
        for (String voter : Crowd.of(3)) {
            assertEquals(200, new Api(base).as(voter).putJson("api/v1/ideas/" + supported + "/vote",
                    Body.of("direction", "up")).status());
        }
        Api.Reply both = api.await("api/v1/search?q=" + word, r -> SearchIT.total(r) == 2
                && SearchIT.hits(r).getJsonObject(0).getInt("score") == 3, Duration.ofSeconds(30));

        assertEquals(List.of(supported, quiet), SearchIT.numbers(both));
        assertEquals(List.of(quiet, supported), SearchIT.numbers(api.get("api/v1/search?sort=new&q=" + word)));
        assertEquals(List.of(supported, quiet), SearchIT.numbers(api.get("api/v1/search?sort=score&q=" + word)));
    }

    private Long first(String q) {
        List<Long> found = numbers(q);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<Long> numbers(String q) {
        Api.Reply reply = api.get("api/v1/search?q=" + Api.encode(q));
        assertEquals(200, reply.status(), reply.body());
        return SearchIT.numbers(reply);
    }
}
