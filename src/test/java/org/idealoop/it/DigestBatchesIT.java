package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily digest works in batches of at most 500 lines, yet never splits a member's day between two
 * mails: two members with 300 waiting lines each, their notifications interleaved by id, get one mail each.
 */
@ExtendWith(ArquillianExtension.class)
class DigestBatchesIT {

    static final int LINES = 300;

    @ArquillianResource
    URL base;

    @Test
    void eachMemberGetsOneDigestWhenTheirLinesSpanBatches() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        long idea = api.as(Members.verified(api, "Dora Digest").token()).postIdea("Busy day " + Words.unique(), "");
        List<Crowd.CrowdMember> readers = Crowd.members(2);
        Crowd.sql("INSERT INTO idea_event (idea_number, kind, from_value, to_value, created_at)"
                + " SELECT ?, 'status', 'new', 'under_review', NOW(6) FROM seq_1_to_" + LINES, idea);
        // Ids alternate between the two readers, so 500 lines by id would be 250 of each.
        Crowd.sql("INSERT INTO notification (member_id, event_id, idea_number, created_at, mail_state)"
                + " SELECT m.id, e.id, e.idea_number, NOW(6), 'digest' FROM idea_event e"
                + " JOIN (SELECT ? AS id UNION ALL SELECT ?) m WHERE e.idea_number = ? ORDER BY e.id, m.id",
                readers.get(0).id(), readers.get(1).id(), idea);

        Api.Reply sent = admin.postJson("api/v1/admin/digests", "");

        assertEquals(202, sent.status(), sent.body());
        for (Crowd.CrowdMember reader : readers) {
            assertEquals(1, Crowd.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + reader.email() + "'"),
                    "one digest for " + reader.email());
            assertEquals(1, Crowd.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + reader.email()
                    + "' AND subject LIKE '%" + LINES + " updates%'"), "all " + LINES + " lines in it");
            assertEquals(0, Crowd.count("SELECT COUNT(*) FROM notification WHERE member_id = " + reader.id()
                    + " AND mail_state = 'digest'"));
        }
    }
}
