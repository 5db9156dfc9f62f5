package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The periodic trending refresh writes only the ideas whose trending can change (above 0, or marked
 * dirty) and leaves the quiet ones alone: counted by the rows it reports, checked on the values.
 */
@ExtendWith(ArquillianExtension.class)
class TrendingRefreshIT {

    @ArquillianResource
    URL base;

    @Test
    void theRefreshWritesOnlyIdeasWhoseTrendingCanChange() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        Api author = api.as(Members.verified(api, "Tess Trending").token());
        long quiet = author.postIdea("Quiet for weeks " + Words.unique(), "");
        long aged = author.postIdea("Votes aged out " + Words.unique(), "");
        long mixed = author.postIdea("One voter this week " + Words.unique(), "");
        long steady = author.postIdea("Voted on today " + Words.unique(), "");
        long loaded = author.postIdea("Votes loaded by SQL " + Words.unique(), "");
        List<Crowd.CrowdMember> crowd = Crowd.members(4);
        for (int i = 0; i < 3; i++) {
            vote(api, crowd.get(i).token(), aged);
            vote(api, crowd.get(i).token(), mixed);
        }
        vote(api, crowd.get(0).token(), steady);
        // Whatever earlier tests left stale is settled first, so the refresh below has a known set to write.
        refresh(admin);

        // Four weeks old; aged's three votes and two of mixed's fell out of the 7-day window. Nobody voted
        // since, so their stored values are those of the day of the votes (3 recent voters each).
        Crowd.sql("UPDATE idea SET created_at = NOW(6) - INTERVAL 29 DAY WHERE number IN (?, ?)", aged, mixed);
        Crowd.sql("UPDATE vote SET created_at = NOW(6) - INTERVAL 8 DAY WHERE idea_number = ?", aged);
        Crowd.sql("UPDATE vote SET created_at = NOW(6) - INTERVAL 8 DAY WHERE idea_number = ? AND member_id IN (?, ?)",
                mixed, crowd.get(0).id(), crowd.get(1).id());
        // A vote written by bulk SQL, as a data load does: counters and the dirty mark by hand.
        long loader = crowd.get(3).id();
        Crowd.sql("INSERT INTO vote (idea_number, member_id, direction, created_at, updated_at)"
                + " VALUES (?, ?, 'up', NOW(6), NOW(6))", loaded, loader);
        Crowd.sql("UPDATE idea SET up_votes = up_votes + 1, score = score + 1 WHERE number = ?", loaded);
        Crowd.sql("INSERT INTO trending_dirty (idea_number, marked_at) VALUES (?, NOW(6))", loaded);
        assertEquals(3.0, trending(aged), 1e-6);
        assertEquals(3.0, trending(mixed), 1e-6);
        assertEquals(0.0, trending(loaded), 1e-6);
        long quietVersion = Crowd.version(quiet);

        long above = Crowd.count("SELECT COUNT(*) FROM idea WHERE trending > 0");
        long dirty = Crowd.count("SELECT COUNT(*) FROM trending_dirty");
        long ideas = Crowd.count("SELECT COUNT(*) FROM idea");
        int written = refresh(admin);

        assertEquals(1, dirty, "only this test marks ideas dirty");
        assertEquals(above + dirty, written, "the ideas above 0, then the dirty one; nothing else");
        assertTrue(written < ideas, written + " written of " + ideas + " ideas: the quiet ones were not");
        assertEquals(0.0, trending(aged), 1e-6, "no voter this week: down to its baseline, 0");
        // 1 recent voter, 2 earlier over 29/7 - 1 weeks: 1 / (1 + 2 / 3.142857) = 0.6111
        assertEquals(1.0 / (1 + 2 / (29 / 7.0 - 1)), trending(mixed), 1e-3);
        assertEquals(1.0, trending(steady), 1e-6);
        assertEquals(1.0, trending(loaded), 1e-6, "the dirty idea counts its SQL-loaded voter");
        assertEquals(0, Crowd.count("SELECT COUNT(*) FROM trending_dirty"), "the dirty mark is drained");
        assertEquals(0.0, trending(quiet), 1e-6);
        assertEquals(quietVersion, Crowd.version(quiet));

        // The aged idea left the set: the next refresh writes one idea fewer, and the loaded one stays in.
        assertEquals(written - 1, refresh(admin));
    }

    private static int refresh(Api admin) {
        Api.Reply reply = admin.postJson("api/v1/admin/trending", "");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getInt("ideasWritten");
    }

    private static void vote(Api api, String token, long idea) {
        assertEquals(200, api.as(token).putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up")).status());
    }

    /** The stored trending value, to six decimals. */
    private static double trending(long idea) throws SQLException {
        return Crowd.count("SELECT ROUND(trending * 1000000) FROM idea WHERE number = " + idea) / 1e6;
    }
}
