package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The index follows the database: edits, votes, hidden ideas and deleted comments, checked by polling. */
@ExtendWith(ArquillianExtension.class)
class SearchIndexIT {

    static final Duration BOUND = Duration.ofSeconds(30);

    @ArquillianResource
    URL base;

    @Test
    void anEditReplacesTheOldTextInTheIndex() {
        Api api = new Api(base).as(Members.verified(new Api(base), "Eda Edit").token());
        String before = Words.unique();
        String after = Words.unique();
        long number = api.postIdea("Widget " + before, "");
        api.await("api/v1/search?q=" + before, r -> SearchIT.total(r) == 1, BOUND);

        assertEquals(200, api.send("PATCH", "api/v1/ideas/" + number, Body.of("title", "Widget " + after)).status());

        assertEquals(List.of(number), SearchIT.numbers(api.await("api/v1/search?q=" + after,
                r -> SearchIT.total(r) == 1, BOUND)));
        assertEquals(0, SearchIT.total(api.await("api/v1/search?q=" + before, r -> SearchIT.total(r) == 0, BOUND)));
    }

    @Test
    void votesReachTheScoreInTheIndex() {
        Api api = new Api(base).as(Members.verified(new Api(base), "Vic Vote").token());
        String word = Words.unique();
        long number = api.postIdea("Voted on " + word, "");
        api.await("api/v1/search?q=" + word, r -> SearchIT.total(r) == 1, BOUND);

        assertEquals(200, new Api(base).as(Members.verified(new Api(base), "Val Voter").token())
                .putJson("api/v1/ideas/" + number + "/vote", Body.of("direction", "up")).status());

        Api.Reply scored = api.await("api/v1/search?q=" + word,
                r -> SearchIT.total(r) == 1 && SearchIT.hits(r).getJsonObject(0).getInt("score") == 1, BOUND);
        assertEquals(1, SearchIT.hits(scored).getJsonObject(0).getInt("score"), scored.body());
    }

    @Test
    void aHiddenIdeaLeavesSearchSuggestionsAndSimilarIdeas() throws Exception {
        Api api = new Api(base).as(Members.verified(new Api(base), "Hal Hidden").token());
        String word = Words.unique();
        long number = api.postIdea(word + " spam offer", "Buy " + word + " now");
        api.await("api/v1/search?q=" + word, r -> SearchIT.total(r) == 1, BOUND);
        api.await("api/v1/ideas/similar?title=" + word + "+spam+offer", r -> r.body().contains("\"number\":" + number), BOUND);

        Crowd.hideIdea(number);

        assertEquals(0, SearchIT.total(api.await("api/v1/search?q=" + word, r -> SearchIT.total(r) == 0, BOUND)));
        assertFalse(api.get("api/v1/search/suggestions?q=" + word).body().contains(word));
        assertFalse(api.get("api/v1/ideas/similar?title=" + word + "+spam+offer").body().contains("\"number\":" + number));
    }

    @Test
    void aDeletedCommentLeavesTheIndex() throws Exception {
        Api api = new Api(base).as(Members.verified(new Api(base), "Del Delete").token());
        String word = Words.unique();
        long number = api.postIdea("Commented idea", "");
        long comment = api.postJson("api/v1/ideas/" + number + "/comments", Body.of("body", "Gone soon " + word))
                .json().getJsonNumber("id").longValue();
        api.await("api/v1/search?type=comment&q=" + word, r -> SearchIT.total(r) == 1, BOUND);

        Crowd.sql("DELETE FROM comment WHERE id = ?", comment);
        Crowd.sql("INSERT INTO search_outbox (document_type, document_id, created_at, next_attempt_at)"
                + " VALUES ('comment', ?, NOW(6), NOW(6))", comment);

        assertEquals(0, SearchIT.total(api.await("api/v1/search?type=comment&q=" + word,
                r -> SearchIT.total(r) == 0, BOUND)));
    }
}
