package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hourly limits on account actions, at their default values: sign-ups per address, password-reset
 * mails per target and per address, e-mail changes and new tokens per member and per address. Each
 * test is a client at an address of its own, behind this host, the suite's trusted proxy
 * ({@link Api#from}); this host itself is exempt, so the rest of the suite is not limited by address.
 * That a client which is not a trusted proxy cannot choose its address is AddressRangesTest's: every
 * address this suite can connect from is a trusted proxy.
 */
@ExtendWith(ArquillianExtension.class)
class AbuseLimitsIT {

    /** Defaults in microprofile-config.properties; address-factor is 5. */
    static final int SIGN_UPS = 10;
    static final int RESETS = 3;
    static final int EMAIL_CHANGES = 3;
    static final int TOKENS = 10;
    static final int ADDRESS_FACTOR = 5;

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    /** A client address no other test uses (the suite's database is new each run). */
    static String freshAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "198.51.100." + n;
    }

    @Test
    void signUpsFromOneAddressStopAtTheHourlyLimitAndStoreNothing() throws Exception {
        Api client = api.from(freshAddress());
        for (int i = 0; i < SIGN_UPS; i++) {
            assertEquals(201, signUp(client, Members.newEmail("Sybil " + i)).status());
        }
        String refused = Members.newEmail("Sybil Eleven");

        Api.Reply reply = signUp(client, refused);

        assertThrottled(reply, "sign-ups");
        assertEquals(0, Crowd.count("SELECT COUNT(*) FROM member WHERE email = '" + refused + "'"));
        assertEquals(201, signUp(api.from(freshAddress()), refused).status(), "another address may sign up");
    }

    @Test
    void resetMailsToOneAccountStopAtTheHourlyLimitAndUnknownAddressesAnswerAlike() throws Exception {
        Members.TestMember rose = Members.unverified(api, "Rose Reset");
        String nobody = Members.newEmail("Nobody Known");
        Api client = api.from(freshAddress());
        for (int i = 0; i < RESETS; i++) {
            assertEquals(202, reset(client, rose.email()).status());
            assertEquals(202, reset(client, nobody).status());
        }

        Api.Reply known = reset(client, rose.email());
        Api.Reply unknown = reset(client, nobody);
        Api.Reply elsewhere = reset(api.from(freshAddress()), rose.email());

        assertThrottled(known, "password-reset");
        assertThrottled(unknown, "password-reset");
        assertEquals(known.body(), unknown.body(), "a refusal does not tell whether the account exists");
        assertThrottled(elsewhere, "password-reset"); // per target, from any address
        assertEquals(RESETS, Crowd.count("SELECT COUNT(*) FROM member_token WHERE purpose = 'RESET_PASSWORD'"
                + " AND member_id = " + rose.id()), "no more reset links than the limit");
    }

    @Test
    void resetMailsFromOneAddressStopAtTheHourlyLimit() {
        Api client = api.from(freshAddress());
        for (int i = 0; i < RESETS * ADDRESS_FACTOR; i++) {
            assertEquals(202, reset(client, Members.newEmail("Target " + i)).status());
        }

        assertThrottled(reset(client, Members.newEmail("One Too Many")), "password-reset");
    }

    @Test
    void emailChangesStopAtTheHourlyLimitPerMemberAndPerAddress() throws Exception {
        String address = freshAddress();
        int changes = 0;
        for (int member = 0; member < ADDRESS_FACTOR; member++) {
            Members.TestMember mover = Members.unverified(api, "Mo Mover " + member);
            Api client = api.from(address).as(mover.token());
            for (int i = 0; i < EMAIL_CHANGES; i++) {
                assertEquals(202, changeEmail(client, mover).status());
                changes++;
            }
            if (member == 0) {
                assertThrottled(changeEmail(api.from(freshAddress()).as(mover.token()), mover), "e-mail changes");
                assertEquals(EMAIL_CHANGES, Crowd.count("SELECT COUNT(*) FROM member_token WHERE purpose = 'CHANGE_EMAIL'"
                        + " AND member_id = " + mover.id()), "the refused change left no link");
            }
        }
        assertEquals(EMAIL_CHANGES * ADDRESS_FACTOR, changes);
        Members.TestMember last = Members.unverified(api, "Mo Mover Last");

        assertThrottled(changeEmail(api.from(address).as(last.token()), last), "e-mail changes");
    }

    @Test
    void tokensStopAtTheHourlyLimitPerMemberSignInAndPersonalAlike() throws Exception {
        Members.TestMember tess = Members.unverified(api, "Tess Tokens"); // one token made already
        Api client = api.from(freshAddress());
        for (int i = 1; i < TOKENS; i++) {
            assertEquals(200, signIn(client, tess).status());
        }

        assertThrottled(signIn(client, tess), "tokens");
        assertThrottled(client.as(tess.token()).postJson("api/v1/me/tokens", Body.of("name", "one more")), "tokens");
        assertEquals(TOKENS, Crowd.count("SELECT COUNT(*) FROM member_token WHERE purpose IN ('ACCESS', 'PERSONAL')"
                + " AND member_id = " + tess.id()));
    }

    @Test
    void tokensFromOneAddressStopAtTheHourlyLimit() throws Exception {
        Api client = api.from(freshAddress());
        for (Crowd.CrowdMember member : Crowd.members(ADDRESS_FACTOR)) {
            for (int i = 0; i < TOKENS; i++) {
                assertEquals(201, client.as(member.token()).postJson("api/v1/me/tokens", Body.of("name", "t" + i)).status());
            }
        }
        Crowd.CrowdMember last = Crowd.members(1).get(0);

        assertThrottled(client.as(last.token()).postJson("api/v1/me/tokens", Body.of("name", "too many")), "tokens");
        assertEquals(1, Crowd.count("SELECT COUNT(*) FROM member_token WHERE member_id = " + last.id()),
                "only the crowd's own token");
    }

    private static Api.Reply signUp(Api client, String email) {
        return client.postJson("api/v1/members", Body.of("email", email, "displayName", "Sybil Signup",
                "password", Members.PASSWORD));
    }

    private static Api.Reply reset(Api client, String email) {
        return client.postJson("api/v1/auth/password-reset", Body.of("email", email));
    }

    private static Api.Reply changeEmail(Api client, Members.TestMember member) {
        return client.putJson("api/v1/me/email", Body.of("email", Members.newEmail("Moved"),
                "currentPassword", member.password()));
    }

    private static Api.Reply signIn(Api client, Members.TestMember member) {
        return client.postJson("api/v1/auth/token", Body.of("email", member.email(), "password", member.password()));
    }

    static void assertThrottled(Api.Reply reply, String what) {
        assertEquals(429, reply.status(), what + ": " + reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertNotNull(reply.retryAfter(), "Retry-After");
        long wait = Long.parseLong(reply.retryAfter());
        assertTrue(wait >= 1 && wait <= 3600, reply.retryAfter());
        assertEquals(429, reply.json().getInt("status"));
        assertTrue(reply.json().getString("detail").contains("minutes"), reply.body());
    }
}
