package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Following ideas: authors and voters follow automatically; following is idempotent. */
@ExtendWith(ArquillianExtension.class)
class IdeaFollowIT {

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void theAuthorAndVotersFollowAndCanStop() throws Exception {
        Members.TestMember fay = Members.verified(api, "Fay Follow");
        long idea = api.as(fay.token()).postIdea("An idea worth following " + Words.unique(), "");
        assertEquals(1, api.get("api/v1/ideas/" + idea).json().getInt("followerCount"));
        assertTrue(api.as(fay.token()).get("api/v1/me/followed-ideas").body().contains("\"number\":" + idea));

        String voter = Crowd.of(1).get(0);
        api.as(voter).putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up"));
        assertEquals(2, api.get("api/v1/ideas/" + idea).json().getInt("followerCount"));

        assertEquals(2, api.as(voter).send("PUT", "api/v1/ideas/" + idea + "/follow", null).json().getInt("followerCount"),
                "following twice is one follow");
        var stopped = api.as(voter).delete("api/v1/ideas/" + idea + "/follow").json();
        assertFalse(stopped.getBoolean("following"));
        assertEquals(1, stopped.getInt("followerCount"));
        assertEquals(1, api.as(voter).delete("api/v1/ideas/" + idea + "/follow").json().getInt("followerCount"));
        assertFalse(api.as(voter).get("api/v1/me/followed-ideas").body().contains("\"number\":" + idea));
    }

    @Test
    void followingNeedsAMemberAndAnIdea() {
        Members.TestMember gil = Members.verified(api, "Gil Ghost");

        assertEquals(401, api.send("PUT", "api/v1/ideas/1/follow", null).status());
        assertEquals(404, api.as(gil.token()).send("PUT", "api/v1/ideas/999999999/follow", null).status());
    }

    @Test
    void aDeletedAccountFollowsNothing() {
        Members.TestMember del = Members.verified(api, "Del Gone");
        long idea = api.as(del.token()).postIdea("An idea whose author leaves " + Words.unique(), "");

        api.as(del.token()).postJson("api/v1/me/deletion", Body.of("currentPassword", del.password()));

        assertEquals(0, api.get("api/v1/ideas/" + idea).json().getInt("followerCount"));
    }
}
