package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what: every API operation and every page, for anonymous visitors and each role, gets
 * exactly the expected status. A new endpoint must be added to {@link #rules()}; the completeness
 * test below fails until it is (it compares the matrix with the OpenAPI document).
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    enum Who { ANONYMOUS, MEMBER, PRODUCT_MANAGER, MODERATOR, ADMIN }

    /** One row: a request, and the status each caller must get. */
    record Rule(String method, String template, Function<Fixture, String> path, Function<Fixture, String> body,
                int anonymous, int member, int productManager, int moderator, int admin) {

        int expected(Who who) {
            return switch (who) {
                case ANONYMOUS -> anonymous;
                case MEMBER -> member;
                case PRODUCT_MANAGER -> productManager;
                case MODERATOR -> moderator;
                case ADMIN -> admin;
            };
        }
    }

    /** What the rows point at: made once for the class. */
    record Fixture(long idea, long staffMember, long target, long avatarOwner, long comment) {
    }

    static final int OK = 200;
    static final int CREATED = 201;
    static final int ACCEPTED = 202;
    static final int NO_CONTENT = 204;
    static final int BAD = 400;
    static final int UNAUTHORIZED = 401;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final int REDIRECT = 302;
    static final int CONFLICT = 409;

    static Rule everyone(String method, String template, Function<Fixture, String> path,
                         Function<Fixture, String> body, int status) {
        return new Rule(method, template, path, body, status, status, status, status, status);
    }

    static Rule members(String method, String template, Function<Fixture, String> path,
                        Function<Fixture, String> body, int status) {
        return new Rule(method, template, path, body, UNAUTHORIZED, status, status, status, status);
    }

    static Rule admins(String method, String template, Function<Fixture, String> path,
                       Function<Fixture, String> body, int status) {
        return new Rule(method, template, path, body, UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, status);
    }

    static List<Rule> rules() {
        Function<Fixture, String> none = f -> null;
        return List.of(
                everyone("GET", "/api/v1/ideas", f -> "api/v1/ideas", none, OK),
                everyone("GET", "/api/v1/ideas/{number}", f -> "api/v1/ideas/" + f.idea(), none, OK),
                members("POST", "/api/v1/ideas", f -> "api/v1/ideas",
                        f -> Body.of("title", "Matrix idea " + Words.unique()), CREATED),
                members("PUT", "/api/v1/ideas/{number}/vote", f -> "api/v1/ideas/" + f.idea() + "/vote",
                        f -> Body.of("direction", "up"), OK),
                members("DELETE", "/api/v1/ideas/{number}/vote", f -> "api/v1/ideas/" + f.idea() + "/vote", none, OK),
                members("PUT", "/api/v1/ideas/{number}/follow", f -> "api/v1/ideas/" + f.idea() + "/follow", none, OK),
                members("DELETE", "/api/v1/ideas/{number}/follow", f -> "api/v1/ideas/" + f.idea() + "/follow", none, OK),
                members("GET", "/api/v1/me/followed-ideas", f -> "api/v1/me/followed-ideas", none, OK),
                everyone("GET", "/api/v1/ideas/{number}/comments", f -> "api/v1/ideas/" + f.idea() + "/comments", none, OK),
                members("POST", "/api/v1/ideas/{number}/comments", f -> "api/v1/ideas/" + f.idea() + "/comments",
                        f -> Body.of("body", "A matrix comment"), CREATED),
                new Rule("PATCH", "/api/v1/ideas/{number}/comments/{id}",
                        f -> "api/v1/ideas/" + f.idea() + "/comments/" + f.comment(),
                        f -> Body.of("body", "Edited by the matrix"), UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK, OK),
                members("PUT", "/api/v1/ideas/{number}/comments/{id}/vote",
                        f -> "api/v1/ideas/" + f.idea() + "/comments/" + f.comment() + "/vote", none, OK),
                members("DELETE", "/api/v1/ideas/{number}/comments/{id}/vote",
                        f -> "api/v1/ideas/" + f.idea() + "/comments/" + f.comment() + "/vote", none, OK),
                members("PATCH", "/api/v1/ideas/{number}", f -> "api/v1/ideas/" + f.idea(),
                        f -> Body.of("body", "Edited by the matrix"), OK), // the member is its author; staff may edit
                members("GET", "/api/v1/ideas/{number}/revisions", f -> "api/v1/ideas/" + f.idea() + "/revisions", none, OK),
                new Rule("POST", "/api/v1/ideas/{number}/status", f -> "api/v1/ideas/" + f.idea() + "/status",
                        f -> Body.of("status", "nonsense"), UNAUTHORIZED, FORBIDDEN, BAD, FORBIDDEN, BAD),
                everyone("GET", "/api/v1/ideas/{number}/timeline", f -> "api/v1/ideas/" + f.idea() + "/timeline", none, OK),
                new Rule("POST", "/api/v1/ideas/{number}/merge", f -> "api/v1/ideas/" + f.idea() + "/merge",
                        f -> Body.of("into", 999999999), UNAUTHORIZED, FORBIDDEN, BAD, BAD, BAD),
                new Rule("POST", "/api/v1/ideas/{number}/unmerge", f -> "api/v1/ideas/" + f.idea() + "/unmerge",
                        none, UNAUTHORIZED, FORBIDDEN, CONFLICT, CONFLICT, CONFLICT),
                new Rule("POST", "/api/v1/ideas/{number}/team", f -> "api/v1/ideas/" + f.idea() + "/team",
                        f -> Body.of("team", "no-such-team"), UNAUTHORIZED, FORBIDDEN, BAD, BAD, BAD),
                members("PUT", "/api/v1/ideas/{number}/outcome", f -> "api/v1/ideas/" + f.idea() + "/outcome",
                        f -> Body.of("solved", true), CONFLICT),
                // RICE and priority: product managers of the idea's team (any, while it waits in triage), admins.
                new Rule("GET", "/api/v1/ideas/{number}/rice", f -> "api/v1/ideas/" + f.idea() + "/rice", none,
                        UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, OK),
                new Rule("PUT", "/api/v1/ideas/{number}/rice", f -> "api/v1/ideas/" + f.idea() + "/rice",
                        f -> Body.of("reach", 100, "impact", 1, "confidence", 50, "effort", 2),
                        UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, OK),
                new Rule("GET", "/api/v1/ideas/{number}/priority", f -> "api/v1/ideas/" + f.idea() + "/priority", none,
                        UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, OK),
                everyone("GET", "/api/v1/teams", f -> "api/v1/teams", none, OK),
                everyone("GET", "/api/v1/teams/{slug}", f -> "api/v1/teams/no-such-team", none, NOT_FOUND),
                admins("POST", "/api/v1/teams", f -> "api/v1/teams", f -> Body.of("name", ""), BAD),
                admins("PATCH", "/api/v1/teams/{slug}", f -> "api/v1/teams/no-such-team", f -> Body.of("name", "X"), NOT_FOUND),
                admins("DELETE", "/api/v1/teams/{slug}", f -> "api/v1/teams/no-such-team", none, NOT_FOUND),
                everyone("GET", "/api/v1/teams/{slug}/categories", f -> "api/v1/teams/no-such-team/categories", none,
                        NOT_FOUND),
                admins("PATCH", "/api/v1/teams/{slug}/categories/{id}", f -> "api/v1/teams/no-such-team/categories/1",
                        f -> Body.of("name", "Matrix"), NOT_FOUND),
                admins("DELETE", "/api/v1/teams/{slug}/categories/{id}", f -> "api/v1/teams/no-such-team/categories/1",
                        none, NOT_FOUND),
                admins("PUT", "/api/v1/teams/{slug}/members/{memberId}", f -> "api/v1/teams/no-such-team/members/1",
                        f -> Body.of("owns", "x"), NOT_FOUND),
                admins("DELETE", "/api/v1/teams/{slug}/members/{memberId}", f -> "api/v1/teams/no-such-team/members/1",
                        none, NOT_FOUND),
                admins("POST", "/api/v1/teams/{slug}/categories", f -> "api/v1/teams/no-such-team/categories",
                        f -> Body.of("name", "Matrix"), NOT_FOUND),
                everyone("GET", "/api/v1/teams/{slug}/rules", f -> "api/v1/teams/no-such-team/rules", none, NOT_FOUND),
                admins("POST", "/api/v1/teams/{slug}/rules", f -> "api/v1/teams/no-such-team/rules",
                        f -> Body.of("kind", "tag", "value", "matrix"), NOT_FOUND),
                admins("DELETE", "/api/v1/teams/{slug}/rules/{id}", f -> "api/v1/teams/no-such-team/rules/1", none, NOT_FOUND),
                members("PUT", "/api/v1/teams/{slug}/follow", f -> "api/v1/teams/no-such-team/follow", none, NOT_FOUND),
                members("DELETE", "/api/v1/teams/{slug}/follow", f -> "api/v1/teams/no-such-team/follow", none, NOT_FOUND),
                new Rule("GET", "/api/v1/teams/{slug}/inbox", f -> "api/v1/teams/no-such-team/inbox", none,
                        UNAUTHORIZED, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND),
                new Rule("POST", "/api/v1/teams/{slug}/inbox/status", f -> "api/v1/teams/no-such-team/inbox/status",
                        f -> Body.of("numbers", List.of(f.idea()), "status", "planned"),
                        UNAUTHORIZED, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND),
                everyone("GET", "/api/v1/roadmap", f -> "api/v1/roadmap", none, OK),
                everyone("GET", "/api/v1/products", f -> "api/v1/products", none, OK),
                admins("POST", "/api/v1/products", f -> "api/v1/products", f -> Body.of("name", ""), BAD),
                admins("PATCH", "/api/v1/products/{slug}", f -> "api/v1/products/no-such-product",
                        f -> Body.of("name", "Matrix"), NOT_FOUND),
                admins("DELETE", "/api/v1/products/{slug}", f -> "api/v1/products/no-such-product", none, NOT_FOUND),
                members("POST", "/api/v1/products/{slug}/ratings", f -> "api/v1/products/no-such-product/ratings",
                        f -> "{\"csat\":3,\"nps\":5}", NOT_FOUND),
                everyone("GET", "/api/v1/products/{slug}/ratings/summary", f -> "api/v1/products/no-such-product/ratings/summary",
                        none, NOT_FOUND),
                members("GET", "/api/v1/products/{slug}/ratings/mine", f -> "api/v1/products/no-such-product/ratings/mine",
                        none, NOT_FOUND),
                new Rule("GET", "/api/v1/products/{slug}/ratings.csv", f -> "api/v1/products/no-such-product/ratings.csv", none,
                        UNAUTHORIZED, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND),
                everyone("GET", "/api/v1/stories", f -> "api/v1/stories", none, OK),
                everyone("GET", "/api/v1/stories/{id}", f -> "api/v1/stories/999999999", none, NOT_FOUND),
                members("POST", "/api/v1/stories", f -> "api/v1/stories", f -> Body.of("kind", "praise"), BAD),
                everyone("GET", "/api/v1/stories/{id}/comments", f -> "api/v1/stories/999999999/comments", none, NOT_FOUND),
                members("POST", "/api/v1/stories/{id}/comments", f -> "api/v1/stories/999999999/comments",
                        f -> Body.of("body", "x"), NOT_FOUND),
                admins("GET", "/api/v1/admin/moderation-settings", f -> "api/v1/admin/moderation-settings", none, OK),
                admins("PUT", "/api/v1/admin/moderation-settings", f -> "api/v1/admin/moderation-settings", f -> "{}", BAD),
                admins("GET", "/api/v1/admin/branding", f -> "api/v1/admin/branding", none, OK),
                admins("PUT", "/api/v1/admin/branding", f -> "api/v1/admin/branding", f -> "{}", BAD),
                admins("DELETE", "/api/v1/admin/branding", f -> "api/v1/admin/branding", none, NO_CONTENT), // the defaults stay
                admins("PUT", "/api/v1/admin/branding/logo", f -> "api/v1/admin/branding/logo", f -> "not an image", BAD),
                admins("PUT", "/api/v1/admin/branding/favicon", f -> "api/v1/admin/branding/favicon", f -> "not an image", BAD),
                members("PUT", "/api/v1/stories/{id}/me-too", f -> "api/v1/stories/999999999/me-too", none, NOT_FOUND),
                new Rule("POST", "/api/v1/stories/{id}/links", f -> "api/v1/stories/999999999/links",
                        f -> Body.of("idea", f.idea()), UNAUTHORIZED, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                new Rule("POST", "/api/v1/stories/{id}/answer", f -> "api/v1/stories/999999999/answer",
                        f -> Body.of("answer", "x"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                admins("POST", "/api/v1/teams/{slug}/products", f -> "api/v1/teams/no-such-team/products",
                        f -> Body.of("name", "Matrix product"), NOT_FOUND),
                new Rule("GET", "/api/v1/teams/{slug}/insights", f -> "api/v1/teams/no-such-team/insights", none,
                        UNAUTHORIZED, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND),
                new Rule("GET", "/api/v1/teams/{slug}/export/ideas.csv", f -> "api/v1/teams/no-such-team/export/ideas.csv",
                        none, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND),
                admins("GET", "/api/v1/insights", f -> "api/v1/insights", none, OK),
                members("GET", "/api/v1/me/ratings", f -> "api/v1/me/ratings", none, OK),
                everyone("GET", "page /stories", f -> "stories", none, OK),
                new Rule("GET", "page /dashboard", f -> "dashboard", none, REDIRECT, FORBIDDEN, OK, FORBIDDEN, OK),
                members("POST", "/api/v1/flags", f -> "api/v1/flags",
                        f -> Body.of("type", "idea", "id", f.idea(), "reason", "nonsense"), BAD),
                new Rule("GET", "/api/v1/moderation/queue", f -> "api/v1/moderation/queue", none,
                        UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK, OK),
                new Rule("POST", "/api/v1/moderation/actions", f -> "api/v1/moderation/actions",
                        f -> Body.of("action", "nonsense"), UNAUTHORIZED, FORBIDDEN, FORBIDDEN, BAD, BAD),
                admins("GET", "/api/v1/audit", f -> "api/v1/audit", none, OK),
                admins("GET", "/api/v1/admin/blocked-words", f -> "api/v1/admin/blocked-words", none, OK),
                admins("PUT", "/api/v1/admin/blocked-words", f -> "api/v1/admin/blocked-words",
                        f -> Body.of("words", List.of("x")), BAD),
                admins("POST", "/api/v1/admin/blocked-words", f -> "api/v1/admin/blocked-words",
                        f -> Body.of("word", "x"), BAD),
                admins("DELETE", "/api/v1/admin/blocked-words/{word}", f -> "api/v1/admin/blocked-words/no-such-matrix-word",
                        none, NOT_FOUND),
                new Rule("GET", "page /moderation", f -> "moderation", none, REDIRECT, FORBIDDEN, FORBIDDEN, OK, OK),
                new Rule("GET", "/api/v1/triage", f -> "api/v1/triage", none, UNAUTHORIZED, FORBIDDEN, OK, OK, OK),
                new Rule("GET", "page /inbox", f -> "inbox", none, REDIRECT, FORBIDDEN, OK, FORBIDDEN, OK),
                everyone("GET", "/api/v1/ideas-in-action", f -> "api/v1/ideas-in-action", none, OK),
                members("GET", "/api/v1/me/notifications", f -> "api/v1/me/notifications", none, OK),
                members("POST", "/api/v1/me/notifications/read", f -> "api/v1/me/notifications/read", f -> "{}", OK),
                members("GET", "/api/v1/me/notification-settings", f -> "api/v1/me/notification-settings", none, OK),
                members("PUT", "/api/v1/me/notification-settings", f -> "api/v1/me/notification-settings",
                        f -> Body.of("email", "instant"), OK),
                members("GET", "/api/v1/me/preferences", f -> "api/v1/me/preferences", none, OK),
                members("PUT", "/api/v1/me/preferences", f -> "api/v1/me/preferences", f -> Body.of("language", "xx"), BAD),
                admins("GET", "/api/v1/admin/status-transitions", f -> "api/v1/admin/status-transitions", none, OK),
                admins("PUT", "/api/v1/admin/status-transitions", f -> "api/v1/admin/status-transitions",
                        f -> Body.of("transitions", List.of()), BAD),
                admins("POST", "/api/v1/admin/digests", f -> "api/v1/admin/digests", none, ACCEPTED),
                admins("POST", "/api/v1/admin/trending", f -> "api/v1/admin/trending", none, OK),
                admins("GET", "/api/v1/admin/webhooks", f -> "api/v1/admin/webhooks", none, OK),
                admins("POST", "/api/v1/admin/webhooks", f -> "api/v1/admin/webhooks", f -> Body.of("url", "ftp://matrix"), BAD),
                admins("DELETE", "/api/v1/admin/webhooks/{id}", f -> "api/v1/admin/webhooks/999999999", none, NOT_FOUND),
                admins("GET", "/api/v1/admin/webhooks/{id}/deliveries", f -> "api/v1/admin/webhooks/999999999/deliveries",
                        none, NOT_FOUND),
                admins("POST", "/api/v1/admin/webhooks/deliveries/{id}/replay",
                        f -> "api/v1/admin/webhooks/deliveries/999999999/replay", none, NOT_FOUND),
                admins("POST", "/api/v1/admin/webhooks/{id}/test", f -> "api/v1/admin/webhooks/999999999/test", none,
                        NOT_FOUND),
                admins("PUT", "/api/v1/admin/webhooks/{id}/active", f -> "api/v1/admin/webhooks/999999999/active",
                        f -> Body.of("active", false), NOT_FOUND),
                everyone("GET", "/api/v1/categories", f -> "api/v1/categories", none, OK),
                everyone("GET", "/api/v1/tags", f -> "api/v1/tags", none, OK),
                admins("PATCH", "/api/v1/tags/{slug}", f -> "api/v1/tags/no-such-tag", f -> Body.of("name", "Matrix"),
                        NOT_FOUND),
                admins("POST", "/api/v1/tags/{slug}/merge", f -> "api/v1/tags/no-such-tag/merge",
                        f -> Body.of("into", "matrix"), NOT_FOUND),
                admins("DELETE", "/api/v1/tags/{slug}", f -> "api/v1/tags/no-such-tag", none, NOT_FOUND),
                new Rule("POST", "/api/v1/tags", f -> "api/v1/tags", f -> Body.of("name", "matrix " + Words.unique()),
                        UNAUTHORIZED, FORBIDDEN, CREATED, CREATED, CREATED),
                everyone("GET", "/api/v1/search", f -> "api/v1/search?q=matrix", none, OK),
                everyone("GET", "/api/v1/search/suggestions", f -> "api/v1/search/suggestions?q=matrix", none, OK),
                everyone("GET", "/api/v1/ideas/similar", f -> "api/v1/ideas/similar?title=matrix+idea", none, OK),
                admins("GET", "/api/v1/admin/search/reindex", f -> "api/v1/admin/search/reindex", none, OK),
                admins("POST", "/api/v1/admin/search/reindex", f -> "api/v1/admin/search/reindex", none, ACCEPTED),
                everyone("POST", "/api/v1/auth/token", f -> "api/v1/auth/token",
                        f -> Body.of("email", "nobody@it.idealoop.test", "password", "not the password"), UNAUTHORIZED),
                everyone("POST", "/api/v1/auth/password-reset", f -> "api/v1/auth/password-reset",
                        f -> Body.of("email", Members.newEmail("Nobody")), ACCEPTED), // within the limit per address
                everyone("POST", "/api/v1/auth/password-reset/confirm", f -> "api/v1/auth/password-reset/confirm",
                        f -> Body.of("token", "made-up", "password", "a long enough passphrase"), BAD),
                everyone("POST", "/api/v1/auth/verify", f -> "api/v1/auth/verify", f -> Body.of("token", "made-up"), BAD),
                everyone("POST", "/api/v1/members", f -> "api/v1/members",
                        f -> Body.of("email", Members.newEmail("Matrix"), "displayName", "Matrix Signup",
                                "password", Members.PASSWORD), CREATED),
                everyone("GET", "/api/v1/members/{id}", f -> "api/v1/members/" + f.target(), none, OK),
                everyone("GET", "/api/v1/members/{id}/avatar", f -> "api/v1/members/" + f.avatarOwner() + "/avatar",
                        none, OK),
                members("PUT", "/api/v1/members/{id}/follow", f -> "api/v1/members/" + f.staffMember() + "/follow",
                        none, NO_CONTENT),
                members("DELETE", "/api/v1/members/{id}/follow", f -> "api/v1/members/" + f.staffMember() + "/follow",
                        none, NO_CONTENT),
                admins("PUT", "/api/v1/members/{id}/roles", f -> "api/v1/members/" + f.target() + "/roles",
                        f -> Body.of("roles", List.of("MEMBER")), OK),
                admins("PUT", "/api/v1/members/{id}/disabled", f -> "api/v1/members/" + f.target() + "/disabled",
                        f -> Body.of("disabled", false), NO_CONTENT),
                members("GET", "/api/v1/me", f -> "api/v1/me", none, OK),
                members("PUT", "/api/v1/me/password", f -> "api/v1/me/password",
                        f -> Body.of("currentPassword", "not the password", "newPassword", "whatever passphrase"), BAD),
                members("PUT", "/api/v1/me/email", f -> "api/v1/me/email",
                        f -> Body.of("email", Members.newEmail("Matrix"), "currentPassword", "not the password"), BAD),
                members("POST", "/api/v1/me/verification", f -> "api/v1/me/verification", none, ACCEPTED),
                members("PUT", "/api/v1/me/avatar", f -> "api/v1/me/avatar", f -> "not an image", BAD),
                members("DELETE", "/api/v1/me/avatar", f -> "api/v1/me/avatar", none, NO_CONTENT),
                members("GET", "/api/v1/me/tokens", f -> "api/v1/me/tokens", none, OK),
                members("POST", "/api/v1/me/tokens", f -> "api/v1/me/tokens", f -> Body.of("name", "matrix"), CREATED),
                members("DELETE", "/api/v1/me/tokens/{id}", f -> "api/v1/me/tokens/999999999", none, NOT_FOUND),
                members("GET", "/api/v1/me/following", f -> "api/v1/me/following", none, OK),
                members("POST", "/api/v1/me/deletion", f -> "api/v1/me/deletion",
                        f -> Body.of("currentPassword", "not the password"), BAD),
                everyone("GET", "/api/v1/staff", f -> "api/v1/staff", none, OK),
                admins("GET", "/api/v1/admin/mails", f -> "api/v1/admin/mails", none, OK),
                // Pages: anonymous visitors are sent to the sign-in page instead of a 401.
                everyone("GET", "page /", f -> "", none, OK),
                everyone("GET", "page /sign-in", f -> "sign-in", none, OK),
                everyone("GET", "page /sign-up", f -> "sign-up", none, OK),
                everyone("GET", "page /staff", f -> "staff", none, OK),
                everyone("GET", "page /member", f -> "member?id=" + f.target(), none, OK),
                everyone("GET", "page /search", f -> "search?q=matrix", none, OK),
                everyone("GET", "page /unsubscribe", f -> "unsubscribe?member=1&signature=forged", none, OK),
                everyone("GET", "page /roadmap", f -> "roadmap", none, OK),
                everyone("GET", "page /in-action", f -> "in-action", none, OK),
                new Rule("GET", "page /notifications", f -> "notifications", none, REDIRECT, OK, OK, OK, OK),
                new Rule("GET", "page /me", f -> "me", none, REDIRECT, OK, OK, OK, OK),
                new Rule("GET", "page /admin", f -> "admin", none, REDIRECT, FORBIDDEN, FORBIDDEN,
                        FORBIDDEN, OK),
                new Rule("GET", "page /admin/teams", f -> "admin/teams", none, REDIRECT, FORBIDDEN, FORBIDDEN,
                        FORBIDDEN, OK),
                new Rule("GET", "page /admin/team", f -> "admin/team?team=no-such-team", none, REDIRECT, FORBIDDEN,
                        NOT_FOUND, FORBIDDEN, NOT_FOUND), // product managers may open it for their own team
                new Rule("GET", "page /admin/search", f -> "admin/search", none, REDIRECT, FORBIDDEN, FORBIDDEN,
                        FORBIDDEN, OK),
                new Rule("GET", "page /admin/mail", f -> "admin/mail", none, REDIRECT, FORBIDDEN, FORBIDDEN,
                        FORBIDDEN, OK),
                new Rule("GET", "page /admin/audit", f -> "admin/audit", none, REDIRECT, FORBIDDEN, FORBIDDEN,
                        FORBIDDEN, OK),
                new Rule("GET", "page /admin/branding", f -> "admin/branding", none, REDIRECT, FORBIDDEN, FORBIDDEN,
                        FORBIDDEN, OK),
                everyone("GET", "endpoint /branding.css", f -> "branding.css", none, OK),
                everyone("GET", "endpoint /branding/logo", f -> "branding/logo", none, OK),
                new Rule("GET", "page /admin/webhooks", f -> "admin/webhooks", none, REDIRECT, FORBIDDEN, FORBIDDEN,
                        FORBIDDEN, OK),
                new Rule("GET", "page /admin/members", f -> "admin/members?member=" + f.target(), none, REDIRECT,
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                admins("GET", "/api/v1/audit/export.csv", f -> "api/v1/audit/export.csv", none, OK),
                // Customer accounts and their values: admins only (members and product managers never see them).
                admins("GET", "/api/v1/admin/accounts", f -> "api/v1/admin/accounts", none, OK),
                admins("POST", "/api/v1/admin/accounts", f -> "api/v1/admin/accounts", f -> Body.of("name", ""), BAD),
                admins("GET", "/api/v1/admin/accounts/{id}", f -> "api/v1/admin/accounts/999999999", none, NOT_FOUND),
                admins("PATCH", "/api/v1/admin/accounts/{id}", f -> "api/v1/admin/accounts/999999999",
                        f -> Body.of("value", 1), NOT_FOUND),
                admins("DELETE", "/api/v1/admin/accounts/{id}", f -> "api/v1/admin/accounts/999999999", none, NOT_FOUND),
                admins("POST", "/api/v1/admin/accounts/import", f -> "api/v1/admin/accounts/import?dryRun=true",
                        f -> "name,domain\nMatrix,matrix.example\n", BAD), // sent as text/csv: a missing column
                admins("POST", "/api/v1/admin/accounts/map-members", f -> "api/v1/admin/accounts/map-members", none, OK),
                admins("GET", "/api/v1/admin/members/{id}/account", f -> "api/v1/admin/members/999999999/account",
                        none, NOT_FOUND),
                admins("PUT", "/api/v1/admin/members/{id}/account", f -> "api/v1/admin/members/999999999/account",
                        f -> Body.of("account", null), NOT_FOUND),
                new Rule("GET", "page /admin/accounts", f -> "admin/accounts", none, REDIRECT, FORBIDDEN, FORBIDDEN,
                        FORBIDDEN, OK),
                // Payara's endpoints in the application's context: metrics describe the server.
                admins("GET", "endpoint /metrics", f -> "metrics", none, OK),
                everyone("GET", "endpoint /health/live", f -> "health/live", none, OK),
                everyone("GET", "endpoint /openapi", f -> "openapi", none, OK));
    }

    @ArquillianResource
    URL base;

    static Map<Who, String> tokens;
    static Fixture fixture;

    @TestFactory
    Stream<DynamicTest> everyCallerGetsExactlyTheAllowedAnswer() {
        prepare();
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : rules()) {
            for (Who who : Who.values()) {
                tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.template() + " as " + who, () -> {
                    Api api = who == Who.ANONYMOUS ? new Api(base) : new Api(base).as(tokens.get(who));
                    String path = rule.path().apply(fixture);
                    String body = rule.body().apply(fixture);
                    Api.Reply reply = "PUT".equals(rule.method()) && path.endsWith("/avatar")
                            ? api.sendBytes("PUT", path, "image/png", body.getBytes())
                            : path.contains("/accounts/import")
                            ? api.sendBytes("POST", path, "text/csv", body.getBytes(StandardCharsets.UTF_8))
                            : "GET".equals(rule.method()) ? api.get(path) : api.send(rule.method(), path, body);
                    assertEquals(rule.expected(who), reply.status(), reply.body());
                    if (rule.template().startsWith("/api/") && reply.status() >= 400) {
                        assertEquals("application/problem+json", reply.contentType());
                    }
                    if (reply.status() == REDIRECT) {
                        assertTrue(reply.location().contains("/sign-in?next="), reply.location());
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theMatrixCoversEveryOperationOfTheApi() {
        Api.Reply openapi = new Api(base).get("openapi?format=json");
        assertEquals(200, openapi.status());
        JsonObject paths = openapi.json().getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> documented.add(method.toUpperCase() + " "
                        + path.replaceAll("\\{(\\w+):[^/]*\\}", "{$1}")))); // {id: [0-9]+} -> {id}
        Set<String> inMatrix = new TreeSet<>();
        rules().stream().filter(rule -> rule.template().startsWith("/api/"))
                .forEach(rule -> inMatrix.add(rule.method() + " " + rule.template()));

        documented.removeAll(inMatrix);

        assertEquals(Set.of(), documented, "operations missing from the authorization matrix");
    }

    private void prepare() {
        if (tokens != null) {
            return;
        }
        Api api = new Api(base);
        Map<Who, String> made = new EnumMap<>(Who.class);
        Members.TestMember member = Members.verified(api, "Mat Member");
        made.put(Who.MEMBER, member.token());
        Members.TestMember pm = Members.withRoles(api, "Mat Manager", Role.PRODUCT_MANAGER);
        made.put(Who.PRODUCT_MANAGER, pm.token());
        made.put(Who.MODERATOR, Members.withRoles(api, "Mat Moderator", Role.MODERATOR).token());
        made.put(Who.ADMIN, Members.admin(api));
        Members.TestMember target = Members.verified(api, "Mat Target");
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        assertEquals(NO_CONTENT, api.as(target.token()).sendBytes("PUT", "api/v1/me/avatar", "image/png", png).status());
        long idea = api.as(member.token()).postIdea("Matrix target idea " + Words.unique(), "");
        Members.TestMember staff = Members.withRoles(api, "Mat Staff", Role.PRODUCT_MANAGER);
        Api.Reply comment = api.as(target.token()).postJson("api/v1/ideas/" + idea + "/comments",
                Body.of("body", "The target's comment"));
        assertEquals(CREATED, comment.status(), comment.body());
        fixture = new Fixture(idea, staff.id(), target.id(), target.id(), comment.json().getJsonNumber("id").longValue());
        tokens = made;
    }

}
