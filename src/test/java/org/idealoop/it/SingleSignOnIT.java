package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.idealoop.embedded.EmbeddedServices;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on against a real OpenID Connect provider (mock-oauth2-server, started for the test run
 * with issuer id "idealoop"), through Jakarta Security's OpenID Connect mechanism.
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {

    static final String CLIENT_ID = "idealoop-it";

    @ArquillianResource
    URL base;

    /**
     * A browser on the install's configured address (IDEALOOP_BASE_URL), which is the redirect URI the
     * provider knows; Arquillian's address for the server may be another name for it.
     */
    private Api browser() {
        try {
            return new Api(new URL("http://localhost:" + base.getPort() + "/")).withCookies();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void signingInThroughTheProviderMakesAMemberWithTheMappedRoles() {
        String email = Members.newEmail("Sso");
        provider(email, "Sara Single", "sara-" + Words.unique(), List.of("community-moderators", "unrelated"));
        Api browser = browser();

        Api.Reply landing = browser.get("oidc/login");

        assertEquals(200, landing.status(), landing.body());
        JsonObject me = browser.get("api/v1/me").json();
        assertEquals(email, me.getString("email"));
        assertEquals("Sara Single", me.getString("displayName"));
        assertTrue(me.getBoolean("emailVerified"));
        assertEquals("[\"MEMBER\",\"MODERATOR\"]", me.getJsonArray("roles").toString());
    }

    @Test
    void aSecondSignInFindsTheSameMember() {
        String email = Members.newEmail("Sso");
        String subject = "sam-" + Words.unique();
        provider(email, "Sam Same", subject, List.of());
        Api first = browser();
        first.get("oidc/login");
        long id = first.get("api/v1/me").json().getJsonNumber("id").longValue();

        provider(email, "Sam Same", subject, List.of());
        Api second = browser();
        second.get("oidc/login");

        assertEquals(id, second.get("api/v1/me").json().getJsonNumber("id").longValue());
    }

    @Test
    void aLocalAccountWithTheSameAddressIsLinkedNotDuplicated() {
        Members.TestMember lena = Members.verified(new Api(base), "Lena Local");
        provider(lena.email(), "Lena From Sso", "lena-" + Words.unique(), List.of(), true);
        Api browser = browser();

        browser.get("oidc/login");

        assertEquals(lena.id(), browser.get("api/v1/me").json().getJsonNumber("id").longValue());
        Members.token(new Api(base), lena.email(), lena.password()); // the local password keeps working
    }

    @Test
    void anUnconfirmedAddressAtTheProviderDoesNotTakeOverALocalAccount() {
        Members.TestMember vic = Members.verified(new Api(base), "Vic Victim");
        provider(vic.email(), "Mallory", "mallory-" + Words.unique(), List.of("admin"), false);
        Api browser = browser();

        Api.Reply landing = browser.get("oidc/login");

        assertTrue(landing.body().contains("signIn:email"), "back on the sign-in page");
        assertEquals(401, browser.get("api/v1/me").status());
        assertEquals("[\"MEMBER\"]", new Api(base).as(vic.token()).get("api/v1/me").json().getJsonArray("roles").toString());
    }

    @Test
    void theSignInPageOffersSingleSignOn() {
        assertTrue(new Api(base).get("sign-in").body().contains("/oidc/login"));
    }

    @Test
    void theAccountClaimPutsTheMemberInTheAccountOfThatDomainElseOfThatName() {
        Api admin = new Api(base).as(Members.admin(new Api(base)));
        String w = Words.unique();
        long byDomain = account(admin, Body.of("name", "Claimed " + w, "domain", w + ".test", "segment", "enterprise",
                "value", 10));
        long byName = account(admin, Body.of("name", "Named " + w, "segment", "startup", "value", 1));
        try {
            String email = Members.newEmail("Sso"); // an address no account's domain matches
            String subject = "cleo-" + Words.unique();
            providerWithAccount(email, subject, w.toUpperCase() + ".test");
            Api first = browser();
            first.get("oidc/login");
            long id = first.get("api/v1/me").json().getJsonNumber("id").longValue();
            assertEquals(byDomain, admin.get("api/v1/admin/members/" + id + "/account").json()
                    .getJsonNumber("account").longValue());

            providerWithAccount(email, subject, "named " + w);
            browser().get("oidc/login");
            assertEquals(byName, admin.get("api/v1/admin/members/" + id + "/account").json()
                    .getJsonNumber("account").longValue());
        } finally {
            admin.delete("api/v1/admin/accounts/" + byDomain);
            admin.delete("api/v1/admin/accounts/" + byName);
        }
    }

    private static long account(Api admin, String body) {
        Api.Reply created = admin.postJson("api/v1/admin/accounts", body);
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** The next sign-in names a customer account in the claim the install reads (IDEALOOP_OIDC_ACCOUNT_CLAIM). */
    private static void providerWithAccount(String email, String subject, String account) {
        EmbeddedServices.oidc().enqueueCallback(new DefaultOAuth2TokenCallback("idealoop", subject, "JWT",
                List.of(CLIENT_ID), Map.of("email", email, "name", "Cleo Claimed", "groups", List.of(),
                        "email_verified", true, "company", account), 3600L));
    }

    /** What the provider will say about the next person who signs in (with a confirmed address). */
    private static void provider(String email, String name, String subject, List<String> groups) {
        provider(email, name, subject, groups, true);
    }

    private static void provider(String email, String name, String subject, List<String> groups, boolean verified) {
        EmbeddedServices.oidc().enqueueCallback(new DefaultOAuth2TokenCallback("idealoop", subject, "JWT",
                List.of(CLIENT_ID), Map.of("email", email, "name", name, "groups", groups,
                        "email_verified", verified), 3600L));
    }
}
