package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.idealoop.domain.member.Role;

/**
 * Named people for the tests, each made fresh through the API (sign-up, verification mail, token),
 * so that no test depends on another.
 */
final class Members {

    static final String PASSWORD = "correct horse battery";
    /** The first admin, created by the application from IDEALOOP_ADMIN_EMAIL / IDEALOOP_ADMIN_PASSWORD. */
    static final String ADMIN_EMAIL = "ada.admin@it.idealoop.test";
    static final String ADMIN_PASSWORD = "it-admin-password-1";

    private Members() {
    }

    record TestMember(long id, String email, String password, String token) {
    }

    static String newEmail(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "." + Words.unique() + "@it.idealoop.test";
    }

    /** Signed up, not verified, with a bearer token. */
    static TestMember unverified(Api api, String name) {
        String email = newEmail(name);
        Api.Reply created = api.postJson("api/v1/members", Body.of("email", email, "displayName", name,
                "password", PASSWORD));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        return new TestMember(id, email, PASSWORD, token(api, email, PASSWORD));
    }

    /** Signed up and verified through the link in the mail. */
    static TestMember verified(Api api, String name) {
        TestMember member = unverified(api, name);
        verify(api, member.email());
        return member;
    }

    static void verify(Api api, String email) {
        String token = Mailbox.await(email, "Confirm your e-mail").token();
        Api.Reply verified = api.postJson("api/v1/auth/verify", Body.of("token", token));
        assertEquals(204, verified.status(), verified.body());
    }

    /** A verified member given staff roles by the admin. */
    static TestMember withRoles(Api api, String name, Role... roles) {
        TestMember member = verified(api, name);
        Api.Reply assigned = api.as(admin(api)).putJson("api/v1/members/" + member.id() + "/roles",
                Body.of("roles", List.of((Object[]) roles)));
        assertEquals(200, assigned.status(), assigned.body());
        return member;
    }

    /** Sign-in tokens per install (base URL): one per run, within the hourly token limit per member. */
    private static final java.util.Map<java.net.URI, String> ADMIN_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The admin's bearer token, made once per install and shared by every test. */
    static String admin(Api api) {
        return ADMIN_TOKENS.computeIfAbsent(api.base(), base -> token(api, ADMIN_EMAIL, ADMIN_PASSWORD));
    }

    static String token(Api api, String email, String password) {
        Api.Reply reply = api.postJson("api/v1/auth/token", Body.of("email", email, "password", password));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("token");
    }
}
