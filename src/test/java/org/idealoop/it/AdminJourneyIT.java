package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import jakarta.json.JsonArray;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff console end to end, as one admin's afternoon in a real browser: a team is created, staffed
 * with a product manager found by searching, given a category and a routing rule; the workflow gains a
 * move; a webhook is registered and its test delivery reaches a receiver the test runs; a word is
 * blocked; a member is suspended. Every one of those steps is then found on the audit log page.
 */
@ExtendWith(ArquillianExtension.class)
class AdminJourneyIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void anAdminRunsTheInstallFromPagesAndFindsEveryStepInTheAuditLog() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        long before = newestAuditEntry(admin);
        JsonArray workflow = admin.get("api/v1/admin/status-transitions").jsonArray();
        assertTrue(!workflow.toString().contains("[\"new\",\"in_progress\"]"), "the installed workflow lacks new → in progress");
        String word = Words.unique();
        Members.TestMember pm = Members.withRoles(api, "Journey PM " + word, Role.PRODUCT_MANAGER);
        Members.TestMember unruly = Members.verified(api, "Journey Unruly " + word);
        WebhooksIT.Receiver receiver = WebhooksIT.Receiver.start(0);
        String blocked = "journeyword" + word.toLowerCase();
        try {
            HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);

            // A team, from the admin home.
            String teamName = "Journey " + word;
            page.navigate(base + "admin");
            page.locator("#group-teams a[href$='/admin/teams']").click();
            page.locator("[id='create:name']").fill(teamName);
            page.locator("[id='create:slug']").fill("journey-" + word.toLowerCase());
            page.locator("[id='create:slaHours']").fill("48");
            page.locator("[id='create:add']").click();
            assertThat(page.locator("[id='create:createFeedback']")).containsText("The team " + teamName + " was added.");

            // Its settings: a product manager found by address, a category, a routing rule tried in the box.
            page.locator(".il-admin-team").filter(new Locator.FilterOptions().setHasText(teamName))
                    .locator(".il-admin-team-edit").click();
            assertThat(page.locator("h1")).hasText("Settings of " + teamName);
            page.locator("[id='staff:member']").fill(pm.email());
            page.locator("[id='staff:search']").click();
            page.locator("[id='staff:owns']").fill("Journeys");
            page.locator(".il-team-candidate button").click();
            assertThat(page.locator("#feedback")).containsText("Journey PM " + word + " is now on the team.");
            page.locator("[id='category:name']").fill("Trips " + word);
            page.locator("[id='category:add']").click();
            assertThat(page.locator("#feedback")).containsText("The category Trips " + word + " was added.");
            String keyword = "itinerary" + word.toLowerCase();
            page.locator("[id='rule:kind']").selectOption("keyword");
            page.locator("[id='rule:value']").fill(keyword);
            page.locator("[id='rule:add']").click();
            assertThat(page.locator(".il-team-rule").filter(new Locator.FilterOptions().setHasText(keyword))).isVisible();
            page.locator("[id='routeTest:testTitle']").fill("Share my " + keyword + " with friends");
            page.locator("[id='routeTest:test']").click();
            assertThat(page.locator("[id='routeTest:result']")).containsText("It goes to " + teamName);

            // A new move in the workflow matrix.
            page.navigate(base + "admin");
            page.locator("#group-teams a[href$='/admin/workflow']").click();
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("From New to In progress").setExact(true))
                    .check();
            page.locator("[id='workflow:save']").click();
            assertThat(page.locator("[id='workflow:feedback']")).containsText("The workflow was saved");

            // A webhook whose test delivery reaches the receiver.
            page.navigate(base + "admin");
            page.locator("#group-integrations a[href$='/admin/webhooks']").click();
            String url = receiver.url() + "?journey=" + word;
            page.locator("[id='create:url']").fill(url);
            page.locator("[id='create:secret']").fill("journey-secret-" + word);
            page.locator("[id='create:add']").click();
            assertThat(page.locator("[id='create:createFeedback']")).containsText("was added");
            Locator hook = page.locator(".il-webhook").filter(new Locator.FilterOptions().setHasText(url));
            hook.locator(".il-webhook-test").click();
            assertThat(page.locator("[id='hooks:hooksFeedback']")).containsText("A test delivery");
            List<WebhooksIT.Received> received = receiver.await(1);
            assertEquals("webhook.ping", received.get(0).header("X-Idealoop-Event"), "the receiver got the test");

            // A blocked word.
            page.navigate(base + "admin");
            page.locator("#group-moderation a[href$='/admin/blocked-words']").click();
            page.locator("[id='add:word']").fill(blocked);
            page.locator("[id='add:addWord']").click();
            assertThat(page.locator("[id='add:addFeedback']")).containsText("is blocked.");

            // A member suspended for a month.
            page.navigate(base + "admin");
            page.locator("#group-community a[href$='/admin/members']").click();
            page.locator("#q").fill(unruly.email());
            page.locator("#find").click();
            page.locator(".il-member-row a").click();
            page.locator("[id='suspend:reason']").fill("Journey insults " + word);
            page.locator("[id='suspend:until']").fill(LocalDate.now().plusDays(30).toString());
            page.locator("[id='suspend:go']").click();
            assertThat(page.locator("#feedback")).containsText("The member is suspended.");

            // All of it, on the audit log page.
            List<String> missing = new ArrayList<>();
            for (String action : List.of("team_create", "team_member_add", "category_add", "routing_rule_add",
                    "status_transitions", "webhook_add", "webhook_test", "blocked_word_add", "suspend")) {
                page.navigate(base + "admin/audit?action=" + action);
                Locator entries = page.locator(".il-audit-entry[data-action='" + action + "']");
                boolean found = false;
                for (int i = 0; i < entries.count() && !found; i++) {
                    found = Long.parseLong(entries.nth(i).getAttribute("data-id")) > before;
                }
                if (!found) {
                    missing.add(action);
                }
            }
            assertEquals(List.of(), missing, "steps of this journey missing from the audit log page");
            page.navigate(base + "admin/audit?action=suspend&type=member&id=" + unruly.id());
            assertThat(page.locator(".il-audit-entry").first()).containsText("Journey insults " + word);
        } finally {
            receiver.stop();
            // the journey's webhook goes with its receiver: later events must not queue retries to a dead port
            for (jakarta.json.JsonValue hook : admin.get("api/v1/admin/webhooks").jsonArray()) {
                jakarta.json.JsonObject registered = hook.asJsonObject();
                if (registered.getString("url").endsWith("?journey=" + word)) {
                    assertEquals(204, admin.delete("api/v1/admin/webhooks/" + registered.getJsonNumber("id")).status());
                }
            }
            admin.delete("api/v1/admin/blocked-words/" + blocked);
            assertEquals(200, admin.putJson("api/v1/admin/status-transitions",
                    "{\"transitions\":" + workflow + "}").status(), "the install's workflow is put back");
        }
    }

    private static long newestAuditEntry(Api admin) {
        JsonArray newest = admin.get("api/v1/audit?limit=1").jsonArray();
        return newest.isEmpty() ? 0 : newest.getJsonObject(0).getJsonNumber("id").longValue();
    }
}
