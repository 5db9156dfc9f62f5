package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Base64;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts through the API, with real mail through the SMTP catcher. */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void signUpMailsAVerificationLinkThatConfirmsTheAddressOnce() {
        Members.TestMember nina = Members.unverified(api, "Nina New");
        assertFalse(api.as(nina.token()).get("api/v1/me").json().getBoolean("emailVerified"));

        Mailbox.Received mail = Mailbox.await(nina.email(), "Confirm your e-mail");
        assertTrue(mail.linkPath().startsWith("verify?token="), mail.body());
        assertEquals(204, api.postJson("api/v1/auth/verify", Body.of("token", mail.token())).status());

        JsonObject me = api.as(nina.token()).get("api/v1/me").json();
        assertTrue(me.getBoolean("emailVerified"));
        assertEquals(nina.email(), me.getString("email"));
        assertEquals("[\"MEMBER\"]", me.getJsonArray("roles").toString());

        Api.Reply reused = api.postJson("api/v1/auth/verify", Body.of("token", mail.token()));
        IdeasApiIT.assertProblem(reused, 400, "token");
        assertTrue(reused.json().getString("detail").contains("used already"), reused.body());
    }

    @Test
    void theVerificationPageConfirmsTheAddress() {
        Members.TestMember vera = Members.unverified(api, "Vera Link");
        String link = Mailbox.await(vera.email(), "Confirm your e-mail").linkPath();

        Api.Reply page = api.get(link);

        assertEquals(200, page.status());
        assertTrue(page.body().contains("is confirmed"), page.body());
        assertTrue(api.as(vera.token()).get("api/v1/me").json().getBoolean("emailVerified"));
    }

    @Test
    void expiredResetLinkIsRefusedWithItsOwnMessage() throws Exception {
        Members.TestMember eva = Members.verified(api, "Eva Expired");
        api.postJson("api/v1/auth/password-reset", Body.of("email", eva.email()));
        String token = Mailbox.await(eva.email(), "Reset your").token();
        var db = org.idealoop.embedded.EmbeddedServices.mariaDb();
        try (var connection = java.sql.DriverManager.getConnection(db.jdbcUrl(),
                org.idealoop.embedded.EmbeddedMariaDb.USER, org.idealoop.embedded.EmbeddedMariaDb.PASSWORD);
             var expire = connection.prepareStatement(
                     "UPDATE member_token SET expires_at = NOW(6) - INTERVAL 1 MINUTE WHERE token_hash = ?")) {
            expire.setString(1, org.idealoop.application.Secrets.hash(token));
            assertEquals(1, expire.executeUpdate());
        }

        Api.Reply reply = api.postJson("api/v1/auth/password-reset/confirm",
                Body.of("token", token, "password", "a brand new passphrase"));

        IdeasApiIT.assertProblem(reply, 400, "token");
        assertTrue(reply.json().getString("detail").contains("expired"), reply.body());
    }

    @Test
    void unknownVerificationTokenIsRefused() {
        IdeasApiIT.assertProblem(api.postJson("api/v1/auth/verify", Body.of("token", "made-up")), 400, "token");
    }

    @Test
    void duplicateEmailIsAConflictNamingTheField() {
        Members.TestMember first = Members.unverified(api, "Dora Double");

        Api.Reply again = api.postJson("api/v1/members", Body.of("email", first.email().toUpperCase(),
                "displayName", "Dora Again", "password", Members.PASSWORD));

        IdeasApiIT.assertProblem(again, 409, "email");
    }

    @Test
    void badSignUpsAreRefusedNamingTheField() {
        String email = Members.newEmail("Bad");
        IdeasApiIT.assertProblem(api.postJson("api/v1/members",
                Body.of("email", "not-an-address", "displayName", "Bad Address", "password", Members.PASSWORD)),
                400, "email");
        IdeasApiIT.assertProblem(api.postJson("api/v1/members",
                Body.of("email", email, "displayName", "Short Password", "password", "short")), 400, "password");
        IdeasApiIT.assertProblem(api.postJson("api/v1/members",
                Body.of("email", email, "displayName", "Common Password", "password", "password123")), 400, "password");
        IdeasApiIT.assertProblem(api.postJson("api/v1/members",
                Body.of("email", email, "displayName", "", "password", Members.PASSWORD)), 400, "displayName");
        IdeasApiIT.assertProblem(api.postJson("api/v1/members", "{}"), 400, "email");
        assertEquals(401, api.postJson("api/v1/auth/token", Body.of("email", email, "password", Members.PASSWORD))
                .status(), "nothing was stored");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Members.TestMember wes = Members.unverified(api, "Wes Wrong");

        Api.Reply wrongPassword = api.postJson("api/v1/auth/token", Body.of("email", wes.email(), "password", "nope nope nope"));
        Api.Reply unknownEmail = api.postJson("api/v1/auth/token",
                Body.of("email", Members.newEmail("Nobody"), "password", "nope nope nope"));

        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownEmail.status());
        assertEquals(wrongPassword.json().getString("detail"), unknownEmail.json().getString("detail"));
    }

    @Test
    void tenFailedSignInsThrottleTheAccountWithRetryAfter() {
        Members.TestMember tia = Members.unverified(api, "Tia Throttle");
        for (int i = 0; i < 10; i++) {
            assertEquals(401, api.postJson("api/v1/auth/token",
                    Body.of("email", tia.email(), "password", "wrong password " + i)).status());
        }

        Api.Reply throttled = api.postJson("api/v1/auth/token", Body.of("email", tia.email(), "password", tia.password()));

        assertEquals(429, throttled.status(), throttled.body());
        assertEquals("application/problem+json", throttled.contentType());
        assertTrue(throttled.json().getString("detail").contains("Too many failed sign-ins"));
    }

    @Test
    void passwordResetByMailWorksOnceAndRevokesOldSessions() {
        Members.TestMember rita = Members.verified(api, "Rita Reset");

        assertEquals(202, api.postJson("api/v1/auth/password-reset", Body.of("email", rita.email())).status());
        String token = Mailbox.await(rita.email(), "Reset your").token();
        IdeasApiIT.assertProblem(api.postJson("api/v1/auth/password-reset/confirm",
                Body.of("token", token, "password", "short")), 400, "password");
        assertEquals(204, api.postJson("api/v1/auth/password-reset/confirm",
                Body.of("token", token, "password", "a brand new passphrase")).status());

        assertEquals(401, api.postJson("api/v1/auth/token", Body.of("email", rita.email(), "password", rita.password()))
                .status());
        assertNotNull(Members.token(api, rita.email(), "a brand new passphrase"));
        assertEquals(401, api.as(rita.token()).get("api/v1/me").status(), "the old access token is revoked");
        IdeasApiIT.assertProblem(api.postJson("api/v1/auth/password-reset/confirm",
                Body.of("token", token, "password", "another new passphrase")), 400, "token");
    }

    @Test
    void passwordResetForAnUnknownAddressAnswersTheSameAndSendsNothing() {
        String nobody = Members.newEmail("Nobody");

        Api.Reply reply = api.postJson("api/v1/auth/password-reset", Body.of("email", nobody));

        assertEquals(202, reply.status());
        assertEquals(0, Mailbox.count(nobody));
    }

    @Test
    void changingTheEmailTakesEffectOnceTheNewAddressIsConfirmed() {
        Members.TestMember eli = Members.verified(api, "Eli Email");
        Api asEli = api.as(eli.token());
        String newEmail = Members.newEmail("Eli");

        IdeasApiIT.assertProblem(asEli.putJson("api/v1/me/email",
                Body.of("email", newEmail, "currentPassword", "wrong password")), 400, "currentPassword");
        assertEquals(202, asEli.putJson("api/v1/me/email",
                Body.of("email", newEmail, "currentPassword", eli.password())).status());
        assertEquals(eli.email(), asEli.get("api/v1/me").json().getString("email"));

        String token = Mailbox.await(newEmail, "Confirm your new").token();
        assertEquals(204, api.postJson("api/v1/auth/verify", Body.of("token", token)).status());

        assertEquals(newEmail, asEli.get("api/v1/me").json().getString("email"));
        assertNotNull(Members.token(api, newEmail, eli.password()));
    }

    @Test
    void aPasswordResetRevokesEveryToken() {
        Members.TestMember sid = Members.verified(api, "Sid Session");
        String personal = api.as(sid.token()).postJson("api/v1/me/tokens", Body.of("name", "script")).json().getString("token");

        api.postJson("api/v1/auth/password-reset", Body.of("email", sid.email()));
        String token = Mailbox.await(sid.email(), "Reset your").token();
        assertEquals(204, api.postJson("api/v1/auth/password-reset/confirm",
                Body.of("token", token, "password", "an entirely new passphrase")).status());

        assertEquals(401, api.as(personal).get("api/v1/me").status(), "personal tokens are revoked by a reset");
        assertEquals(401, api.as(sid.token()).get("api/v1/me").status());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        Members.TestMember pia = Members.verified(api, "Pia Password");
        Api asPia = api.as(pia.token());

        IdeasApiIT.assertProblem(asPia.putJson("api/v1/me/password",
                Body.of("currentPassword", "not it at all", "newPassword", "the next passphrase")), 400, "currentPassword");
        IdeasApiIT.assertProblem(asPia.putJson("api/v1/me/password",
                Body.of("currentPassword", pia.password(), "newPassword", "1234567890")), 400, "newPassword");
        assertEquals(204, asPia.putJson("api/v1/me/password",
                Body.of("currentPassword", pia.password(), "newPassword", "the next passphrase")).status());

        assertNotNull(Members.token(api, pia.email(), "the next passphrase"));
    }

    @Test
    void deletedAccountKeepsItsIdeasAsFormerMemberAndCannotSignIn() {
        Members.TestMember dan = Members.verified(api, "Dan Deleted");
        long idea = api.as(dan.token()).postIdea("An idea that outlives its author " + Words.unique(), "");

        IdeasApiIT.assertProblem(api.as(dan.token()).postJson("api/v1/me/deletion",
                Body.of("currentPassword", "wrong password")), 400, "currentPassword");
        assertEquals(204, api.as(dan.token()).postJson("api/v1/me/deletion",
                Body.of("currentPassword", dan.password())).status());

        assertEquals("former member",
                api.get("api/v1/ideas/" + idea).json().getJsonObject("author").getString("displayName"));
        assertEquals(401, api.as(dan.token()).get("api/v1/me").status());
        assertEquals(401, api.postJson("api/v1/auth/token", Body.of("email", dan.email(), "password", dan.password()))
                .status());
    }

    @Test
    void disabledAccountCannotSignInAndItsTokensStopWorking() {
        Members.TestMember dee = Members.verified(api, "Dee Disabled");
        String admin = Members.admin(api);

        IdeasApiIT.assertProblem(api.as(admin).putJson("api/v1/members/" + dee.id() + "/disabled", "{}"), 400, "disabled");
        assertEquals(204, api.as(admin).putJson("api/v1/members/" + dee.id() + "/disabled",
                Body.of("disabled", true)).status());

        assertEquals(401, api.as(dee.token()).get("api/v1/me").status());
        Api.Reply signIn = api.postJson("api/v1/auth/token", Body.of("email", dee.email(), "password", dee.password()));
        assertEquals(401, signIn.status());
        assertTrue(signIn.json().getString("detail").contains("disabled"), signIn.body());
    }

    /** The last admin could otherwise lock everybody out of the admin pages: nobody demotes or disables themselves. */
    @Test
    void anAdminCannotDemoteOrDisableThemselvesButAnotherAdminCan() {
        Members.TestMember ari = Members.withRoles(api, "Ari Admin", Role.ADMIN);
        Members.TestMember bo = Members.withRoles(api, "Bo Admin", Role.ADMIN);
        Api asAri = api.as(ari.token());

        IdeasApiIT.assertProblem(asAri.putJson("api/v1/members/" + ari.id() + "/roles",
                "{\"roles\":[\"MEMBER\"]}"), 409, "roles");
        IdeasApiIT.assertProblem(asAri.putJson("api/v1/members/" + ari.id() + "/disabled",
                Body.of("disabled", true)), 409, "disabled");
        assertEquals(200, asAri.get("api/v1/admin/moderation-settings").status(), "still an admin, still active");
        Api.Reply kept = asAri.putJson("api/v1/members/" + ari.id() + "/roles", "{\"roles\":[\"ADMIN\",\"MODERATOR\"]}");
        assertEquals(200, kept.status(), "changing one's other roles is fine: " + kept.body());

        Api.Reply demoted = api.as(bo.token()).putJson("api/v1/members/" + ari.id() + "/roles", "{\"roles\":[\"MEMBER\"]}");
        assertEquals(200, demoted.status(), demoted.body());
        assertEquals(403, asAri.get("api/v1/admin/moderation-settings").status());
    }

    @Test
    void personalTokensWorkUntilRevokedAndAreNeverListedInFull() {
        Members.TestMember tom = Members.verified(api, "Tom Token");
        Api asTom = api.as(tom.token());

        IdeasApiIT.assertProblem(asTom.postJson("api/v1/me/tokens", Body.of("name", " ")), 400, "name");
        Api.Reply created = asTom.postJson("api/v1/me/tokens", Body.of("name", "CI pipeline"));
        assertEquals(201, created.status(), created.body());
        String secret = created.json().getString("token");
        long id = created.json().getJsonNumber("id").longValue();

        assertEquals(tom.id(), api.as(secret).get("api/v1/me").json().getJsonNumber("id").longValue());
        assertFalse(asTom.get("api/v1/me/tokens").body().contains(secret));
        assertEquals(204, asTom.delete("api/v1/me/tokens/" + id).status());
        assertEquals(401, api.as(secret).get("api/v1/me").status());
        assertEquals(404, asTom.delete("api/v1/me/tokens/" + id).status());
    }

    @Test
    void avatarUploadAcceptsImagesOnly() {
        Members.TestMember ava = Members.verified(api, "Ava Avatar");
        Api asAva = api.as(ava.token());
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

        IdeasApiIT.assertProblem(asAva.sendBytes("PUT", "api/v1/me/avatar", "image/png",
                "<script>alert(1)</script>".getBytes()), 400, "avatar");
        assertEquals(204, asAva.sendBytes("PUT", "api/v1/me/avatar", "image/png", png).status());

        JsonObject profile = api.get("api/v1/members/" + ava.id()).json();
        assertEquals("/api/v1/members/" + ava.id() + "/avatar", profile.getString("avatarUrl"));
        Api.Reply image = api.get("api/v1/members/" + ava.id() + "/avatar");
        assertEquals(200, image.status());
        assertEquals("image/png", image.contentType());
    }

    @Test
    void staffDirectoryListsStaffAndCustomersCanFollowThem() {
        Members.TestMember pam = Members.withRoles(api, "Pam Product", org.idealoop.domain.member.Role.PRODUCT_MANAGER);
        Members.TestMember cid = Members.verified(api, "Cid Customer");

        assertTrue(api.get("api/v1/staff").body().contains("Pam Product"));
        assertTrue(api.get("api/v1/members/" + pam.id()).json().getBoolean("staff"));
        IdeasApiIT.assertProblem(api.as(pam.token()).send("PUT", "api/v1/members/" + cid.id() + "/follow", null),
                400, "memberId");
        assertEquals(204, api.as(cid.token()).send("PUT", "api/v1/members/" + pam.id() + "/follow", null).status());
        assertEquals(204, api.as(cid.token()).send("PUT", "api/v1/members/" + pam.id() + "/follow", null).status(),
                "following twice is one follow");

        assertTrue(api.as(cid.token()).get("api/v1/me/following").body().contains("Pam Product"));
        assertEquals(204, api.as(cid.token()).delete("api/v1/members/" + pam.id() + "/follow").status());
        assertFalse(api.as(cid.token()).get("api/v1/me/following").body().contains("Pam Product"));
    }

    @Test
    void unknownRoleIsRefusedNamingTheField() {
        Members.TestMember rob = Members.verified(api, "Rob Roles");

        IdeasApiIT.assertProblem(api.as(Members.admin(api)).putJson("api/v1/members/" + rob.id() + "/roles",
                Body.of("roles", java.util.List.of("OVERLORD"))), 400, "roles");
    }
}
