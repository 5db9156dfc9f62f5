package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /admin/team?team=SLUG in a real browser: an admin staffs the team by searching, manages its
 * categories and routing rules and tries them in the test box; bad input is answered beside the field
 * and stores nothing; the team's own product manager reads the page without a form to change it; a
 * product manager of another team gets the 403 page.
 */
@ExtendWith(ArquillianExtension.class)
class TeamSettingsIT extends BrowserTest {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;
    String team;
    String teamName;

    @BeforeEach
    void aTeam() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
        teamName = "Settings " + Words.unique();
        team = newTeam(teamName);
    }

    private String newTeam(String name) {
        Api.Reply created = admin.postJson("api/v1/teams", Body.of("name", name));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("slug");
    }

    private List<JsonObject> categories(String slug) {
        return admin.get("api/v1/teams/" + slug + "/categories").jsonArray().getValuesAs(JsonObject.class);
    }

    private List<JsonObject> rules(String slug) {
        return admin.get("api/v1/teams/" + slug + "/rules").jsonArray().getValuesAs(JsonObject.class);
    }

    private Locator row(String selector, String text) {
        return page.locator(selector).filter(new Locator.FilterOptions().setHasText(text));
    }

    private void openAsAdmin() {
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin/teams");
        row(".il-admin-team", teamName).locator(".il-admin-team-edit").click();
        assertThat(page.locator("h1")).hasText("Settings of " + teamName);
    }

    @Test
    void anAdminStaffsAProductManagerFoundBySearching() {
        String word = Words.unique();
        Members.TestMember pm = Members.withRoles(api, "Stella " + word, Role.PRODUCT_MANAGER);
        Api asPm = api.as(pm.token());
        assertEquals(403, asPm.get("api/v1/teams/" + team + "/inbox").status(), "not on the team yet");
        openAsAdmin();

        page.locator("[id='staff:member']").fill("nobody-" + Words.unique());
        page.locator("[id='staff:search']").click();
        assertThat(page.locator("[id='staff:memberMessage']")).containsText("No product manager");
        assertThat(page.locator(".il-team-candidate")).hasCount(0);

        page.locator("[id='staff:member']").fill(word.toUpperCase()); // by name, whatever the case
        page.locator("[id='staff:search']").click();
        assertThat(page.locator(".il-team-candidate")).hasCount(1);
        page.locator("[id='staff:member']").fill(pm.email()); // or by address
        page.locator("[id='staff:search']").click();
        assertThat(page.locator(".il-team-candidate")).hasCount(1);
        page.locator("[id='staff:owns']").fill("Invoices");
        page.locator(".il-team-candidate button").click();
        assertThat(page.locator("#feedback")).containsText("Stella " + word + " is now on the team.");
        assertThat(row(".il-team-staff", "Stella " + word)).containsText("Invoices");
        assertEquals(200, asPm.get("api/v1/teams/" + team + "/inbox").status(), "now on the team");

        row(".il-team-staff", "Stella " + word).locator("button").click();
        assertThat(page.locator("#removeMember")).containsText("Take Stella " + word + " off this team?");
        assertEquals(200, asPm.get("api/v1/teams/" + team + "/inbox").status(), "asking removes nothing");
        page.locator("[id='removeMember:confirm']").click();
        assertThat(page.locator("#feedback")).containsText("taken off the team");
        assertThat(page.locator(".il-team-staff")).hasCount(0);
        assertEquals(403, asPm.get("api/v1/teams/" + team + "/inbox").status());
    }

    @Test
    void anAdminAddsRenamesAndDeletesCategoriesButNotOneWithIdeasUntilTheyAreMoved() {
        openAsAdmin();
        page.locator("[id='category:name']").fill("x");
        page.locator("[id='category:add']").click();
        assertThat(page.locator("[id='category:nameMessage']")).containsText("Give the category a name of 2 to 80 characters.");
        assertEquals(List.of(), categories(team), "nothing stored");

        String first = "Invoices " + Words.unique();
        page.locator("[id='category:name']").fill(first);
        page.locator("[id='category:add']").click();
        assertThat(page.locator("#feedback")).containsText("The category " + first + " was added.");
        String second = "Refunds " + Words.unique();
        page.locator("[id='category:name']").fill(second);
        page.locator("[id='category:add']").click();
        assertThat(row(".il-team-category", second)).containsText("no ideas");

        String renamed = "Billing " + Words.unique();
        row(".il-team-category", first).locator("[id$=':rename']").click();
        assertThat(page.locator("[id='renameCategory:name']")).hasValue(first);
        page.locator("[id='renameCategory:name']").fill(second); // taken
        page.locator("[id='renameCategory:save']").click();
        assertThat(page.locator("[id='renameCategory:nameMessage']")).containsText("exists already");
        page.locator("[id='renameCategory:name']").fill(renamed);
        page.locator("[id='renameCategory:save']").click();
        assertThat(page.locator("#feedback")).containsText("The category is now called " + renamed + ".");
        JsonObject stored = categories(team).stream().filter(c -> c.getString("name").equals(renamed)).findFirst()
                .orElseThrow();
        String firstSlug = stored.getString("slug");

        Api author = api.as(Members.verified(api, "Cat Author").token());
        Api.Reply posted = author.postJson("api/v1/ideas", Body.of("title", "Filed idea " + Words.unique(),
                "category", firstSlug));
        assertEquals(201, posted.status(), posted.body());
        long idea = posted.json().getJsonNumber("number").longValue();
        page.reload();
        assertThat(row(".il-team-category", renamed)).containsText("1 idea");

        row(".il-team-category", renamed).locator("[id$=':delete']").click();
        assertThat(page.locator("#deleteCategory")).containsText("still has 1 idea");
        page.locator("[id='deleteCategory:confirm']").click(); // no category chosen to move it to
        assertThat(page.locator("[id='deleteCategory:moveToMessage']"))
                .containsText("The category still has 1 idea: move them to another category first.");
        assertEquals(2, categories(team).size(), "nothing deleted");
        Api.Reply refused = admin.delete("api/v1/teams/" + team + "/categories/" + stored.getJsonNumber("id"));
        assertEquals(409, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.body().contains("still has 1 idea"), refused.body());

        page.locator("[id='deleteCategory:moveTo']").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(second));
        page.locator("[id='deleteCategory:confirm']").click();
        assertThat(page.locator("#feedback")).containsText("The category was deleted.");
        assertThat(row(".il-team-category", renamed)).hasCount(0);
        assertThat(row(".il-team-category", second)).containsText("1 idea");
        assertEquals(1, categories(team).size());
        assertEquals(second, api.get("api/v1/ideas/" + idea).json().getJsonObject("category").getString("name"));
        String audit = admin.get("api/v1/audit?action=category_delete&q=" + firstSlug).body();
        assertTrue(audit.contains("ideasMovedTo="), audit);

        long secondId = categories(team).get(0).getJsonNumber("id").longValue();
        IdeasApiIT.assertProblem(admin.send("PATCH", "api/v1/teams/" + team + "/categories/" + secondId,
                Body.of("name", " ")), 400, "name");
        IdeasApiIT.assertProblem(admin.delete("api/v1/teams/" + team + "/categories/" + secondId + "?moveTo=" + secondId),
                400, "moveTo"); // not into itself
        assertEquals(second, categories(team).get(0).getString("name"), "nothing changed");

        assertThat(page.locator("#deleteRefused")).containsText("The team still has 1 idea and no products");
        assertThat(page.locator("[id='deleteTeam:ask']")).hasCount(0);
        assertEquals(409, admin.delete("api/v1/teams/" + team).status());
    }

    @Test
    void anAdminAddsARoutingRuleAndTriesItInTheTestBox() {
        openAsAdmin();
        page.locator("[id='rule:value']").fill("?! ...");
        page.locator("[id='rule:add']").click();
        assertThat(page.locator("[id='rule:valueMessage']")).containsText("punctuation and spaces alone match nothing");
        page.locator("[id='rule:kind']").selectOption("tag");
        page.locator("[id='rule:value']").fill("no tag " + Words.unique());
        page.locator("[id='rule:add']").click();
        assertThat(page.locator("[id='rule:valueMessage']")).containsText("No tag has this name");
        assertEquals(List.of(), rules(team), "nothing stored");

        String keyword = Words.unique();
        page.locator("[id='rule:kind']").selectOption("keyword");
        page.locator("[id='rule:value']").fill(keyword);
        page.locator("[id='rule:add']").click();
        assertThat(row(".il-team-rule", keyword)).containsText("Keyword “" + keyword + "”");
        page.locator("[id='rule:value']").fill(keyword.toUpperCase());
        page.locator("[id='rule:add']").click();
        assertThat(page.locator("[id='rule:valueMessage']")).containsText("Another rule routes this tag or keyword already.");
        assertEquals(1, rules(team).size());

        page.locator("[id='routeTest:testTitle']").fill("Please export the " + keyword.toUpperCase() + " as PDF");
        page.locator("[id='routeTest:test']").click();
        assertThat(page.locator("[id='routeTest:result']"))
                .hasText("It goes to " + teamName + ": the keyword rule “" + keyword + "” matches.");
        page.locator("[id='routeTest:testTitle']").fill("Something else " + Words.unique());
        page.locator("[id='routeTest:test']").click();
        assertThat(page.locator("[id='routeTest:result']")).hasText("No rule matches; it goes to community triage.");
        page.locator("[id='routeTest:testTitle']").fill("");
        page.locator("[id='routeTest:test']").click();
        assertThat(page.locator("[id='routeTest:testTitleMessage']")).containsText("Give a title, a text or tags to test.");

        row(".il-team-rule", keyword).locator("button").click();
        assertThat(page.locator("#removeRule")).containsText("Remove the rule for “" + keyword + "”?");
        page.locator("[id='removeRule:cancel']").click();
        assertThat(page.locator("#removeRule")).hasCount(0);
        assertEquals(1, rules(team).size());
        row(".il-team-rule", keyword).locator("button").click();
        page.locator("[id='removeRule:confirm']").click();
        assertThat(page.locator("#feedback")).containsText("The rule was removed.");
        assertEquals(List.of(), rules(team));
    }

    @Test
    void anEmptyTeamIsDeletedAfterAConfirmation() {
        openAsAdmin();
        page.locator("[id='deleteTeam:ask']").click();
        assertThat(page.locator("#deleteTeam")).containsText("Delete the team " + teamName + " for good?");
        assertEquals(200, api.get("api/v1/teams/" + team).status(), "asking deletes nothing");
        page.locator("[id='deleteTeam:confirm']").click();
        assertThat(page.locator("h1")).hasText("Product teams");
        assertThat(page.locator("[id='create:createFeedback']")).containsText("The team " + teamName + " was deleted.");
        assertEquals(404, api.get("api/v1/teams/" + team).status());
    }

    @Test
    void theTeamsProductManagerReadsThePageAndAManagerOfAnotherTeamIsRefused() {
        Members.TestMember pm = Members.withRoles(api, "Rita Reader", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + team + "/members/" + pm.id(), Body.of("owns", "Exports")).status());
        String keyword = Words.unique();
        assertEquals(201, admin.postJson("api/v1/teams/" + team + "/rules", Body.of("kind", "keyword", "value", keyword)).status());
        assertEquals(201, admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Exports " + Words.unique())).status());
        String other = newTeam("Other " + Words.unique());
        Members.TestMember member = Members.verified(api, "Mo Member");

        HomePageIT.signIn(page, base, pm.email(), pm.password());
        page.navigate(base + "inbox?team=" + team);
        page.locator("#team-settings").click(); // the way in for a product manager
        assertThat(page.locator("h1")).hasText("Settings of " + teamName);
        assertThat(page.locator("#readOnly")).isVisible();
        assertThat(page.locator("#facts-name")).hasText(teamName);
        assertThat(row(".il-team-staff", "Rita Reader")).containsText("Exports");
        assertThat(page.locator(".il-team-rule")).containsText(keyword);
        assertThat(page.locator(".il-team-category")).hasCount(1);
        Locator changing = page.locator("main form:not([id='routeTest']) :is(input:not([type=hidden]), select, textarea, button)");
        assertThat(changing).hasCount(0);
        assertThat(page.locator("#delete-section")).hasCount(0);
        page.locator("[id='routeTest:testTitle']").fill("About " + keyword);
        page.locator("[id='routeTest:test']").click();
        assertThat(page.locator("[id='routeTest:result']")).containsText("It goes to " + teamName);
        Accessibility.screenshot(page, "team-settings-read-only"); // axe (which needs a context without CSP) runs in the test below
        Api asPm = api.as(pm.token());
        assertEquals(403, asPm.send("PATCH", "api/v1/teams/" + team, Body.of("slaHours", 5)).status());
        assertEquals(403, asPm.postJson("api/v1/teams/" + team + "/rules", Body.of("kind", "keyword", "value", "pm rule")).status());

        Page refused = context.newPage();
        assertEquals(403, refused.navigate(base + "admin/team?team=" + other).status());
        assertThat(refused.locator("h1")).hasText("Not for you");
        assertThat(refused.locator("[id='routeTest:test']")).hasCount(0);

        try (BrowserContext own = browser.newContext()) {
            Page plain = own.newPage();
            HomePageIT.signIn(plain, base, member.email(), member.password());
            assertEquals(403, plain.navigate(base + "admin/team?team=" + team).status());
            assertThat(plain.locator("h1")).hasText("Not for you");
        }
        try (BrowserContext anonymous = browser.newContext()) {
            Page visitor = anonymous.newPage();
            visitor.navigate(base + "admin/team?team=" + team);
            assertTrue(visitor.url().contains("/sign-in"), visitor.url());
        }

        assertEquals(204, admin.delete("api/v1/teams/" + team).status(), "no ideas or products: its staff, rule and "
                + "category go with it");
        assertEquals(404, api.get("api/v1/teams/" + team).status());
        assertEquals(404, admin.get("api/v1/teams/" + team + "/categories").status());
    }

    @Test
    void theSettingsPageIsAccessibleOnADesktopAndAPhone() {
        Members.TestMember pm = Members.withRoles(api, "Axel Accessible", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + team + "/members/" + pm.id(), Body.of("owns", "Exports")).status());
        assertEquals(201, admin.postJson("api/v1/teams/" + team + "/rules", Body.of("kind", "keyword", "value", Words.unique())).status());
        Api.Reply category = admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Exports " + Words.unique()));
        assertEquals(201, category.status(), category.body());
        assertEquals(201, admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Imports " + Words.unique())).status());
        Api author = api.as(Members.verified(api, "Axe Author").token());
        assertEquals(201, author.postJson("api/v1/ideas", Body.of("title", "Accessible filed idea " + Words.unique(),
                "category", category.json().getString("slug"))).status());

        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1440, 375}) {
            try (BrowserContext own = contextAt(width)) {
                Page admin = adminAt(own, base, width);
                admin.navigate(base + "admin/team?team=" + team);
                admin.locator(".il-team-category").first().locator("[id$=':delete']").click();
                assertThat(admin.locator("#deleteCategory")).isVisible();
                admin.locator("[id='routeTest:testTitle']").fill("Nothing routes this");
                admin.locator("[id='routeTest:test']").click();
                assertThat(admin.locator("[id='routeTest:result']")).isVisible();
                Accessibility.screenshot(admin, "team-settings-" + width);
                Accessibility.problems(admin).forEach(problem -> problems.add(width + " px: " + problem));
            }
        }
        assertEquals(List.of(), problems);
    }
}
