package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Promote and demote: exact under concurrency, one vote per member per idea. */
@ExtendWith(ArquillianExtension.class)
class VotingIT {

    @ArquillianResource
    URL base;

    Api api;
    static String author;

    @BeforeEach
    void client() {
        api = new Api(base);
        if (author == null) {
            author = Members.verified(api, "Vic Voting").token();
        }
    }

    private long newIdea() {
        return api.as(author).postIdea("An idea to vote on " + Words.unique(), "");
    }

    @Test
    void twoHundredMembersVotingAtOnceCountExactlyTwoHundred() throws Exception {
        long idea = newIdea();
        List<String> crowd = Crowd.of(200);

        List<Integer> statuses = concurrently(crowd.stream()
                .<Callable<Integer>>map(token -> () -> api.as(token).putJson("api/v1/ideas/" + idea + "/vote",
                        Body.of("direction", "up")).status())
                .toList());

        assertTrue(statuses.stream().allMatch(status -> status == 200), statuses.toString());
        JsonObject read = api.get("api/v1/ideas/" + idea).json();
        assertEquals(200, read.getInt("upVotes"));
        assertEquals(200, read.getInt("score"));
    }

    @Test
    void oneMemberVotingFiftyTimesAtOnceCountsOnce() throws Exception {
        long idea = newIdea();
        String voter = Crowd.of(1).get(0);
        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clicks.add(() -> api.as(voter).putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up")).status());
        }

        List<Integer> statuses = concurrently(clicks);

        assertTrue(statuses.stream().allMatch(status -> status == 200), statuses.toString());
        assertEquals(1, api.get("api/v1/ideas/" + idea).json().getInt("upVotes"));
    }

    @Test
    void voteChangeAndRemoveKeepTheCountsExact() throws Exception {
        long idea = newIdea();
        List<String> voters = Crowd.of(3);
        for (String voter : voters) {
            api.as(voter).putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up"));
        }

        JsonObject changed = api.as(voters.get(0)).putJson("api/v1/ideas/" + idea + "/vote",
                Body.of("direction", "down")).json();
        assertEquals(2, changed.getInt("upVotes"));
        assertEquals(1, changed.getInt("downVotes"));
        assertEquals(1, changed.getInt("score"));
        assertEquals("down", changed.getString("myVote"));

        JsonObject removed = api.as(voters.get(1)).delete("api/v1/ideas/" + idea + "/vote").json();
        assertEquals(1, removed.getInt("upVotes"));
        assertEquals(0, removed.getInt("score"));
        assertTrue(removed.get("myVote") == null || removed.isNull("myVote"), removed.toString());
        JsonObject removedTwice = api.as(voters.get(1)).delete("api/v1/ideas/" + idea + "/vote").json();
        assertEquals(0, removedTwice.getInt("score"));

        JsonObject seenByVoter = api.as(voters.get(2)).get("api/v1/ideas/" + idea).json();
        assertEquals("up", seenByVoter.getString("myVote"));
        assertEquals(1, seenByVoter.getInt("upVotes"));
        assertEquals(1, seenByVoter.getInt("downVotes"));
    }

    @Test
    void badVotesAreRefusedAndCountNothing() throws Exception {
        long idea = newIdea();
        String voter = Crowd.of(1).get(0);

        IdeasApiIT.assertProblem(api.as(voter).putJson("api/v1/ideas/" + idea + "/vote",
                Body.of("direction", "sideways")), 400, "direction");
        IdeasApiIT.assertProblem(api.as(voter).putJson("api/v1/ideas/" + idea + "/vote", "{}"), 400, "direction");
        assertEquals(401, api.putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up")).status());
        assertEquals(404, api.as(voter).putJson("api/v1/ideas/999999999/vote", Body.of("direction", "up")).status());
        String unverified = Members.unverified(api, "Ulla Unverified").token();
        assertEquals(403, api.as(unverified).putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up")).status());

        assertEquals(0, api.get("api/v1/ideas/" + idea).json().getInt("upVotes"));
    }

    @Test
    void closedIdeasTakeNoVotes() throws Exception {
        long idea = newIdea();
        String voter = Crowd.of(1).get(0);
        Crowd.setStatus(idea, "delivered");

        Api.Reply reply = api.as(voter).putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up"));

        IdeasApiIT.assertProblem(reply, 409, "status");
        assertEquals("delivered", api.get("api/v1/ideas/" + idea).json().getString("status"));
        assertFalse(reply.body().contains("Exception"));
    }

    private static List<Integer> concurrently(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
