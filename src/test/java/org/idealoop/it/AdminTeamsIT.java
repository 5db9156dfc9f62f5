package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /admin/teams and a team's settings page: an admin adds and changes product teams; bad input is answered beside the field. */
@ExtendWith(ArquillianExtension.class)
class AdminTeamsIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void anAdminAddsATeamAndChangesItsSlaAndBadInputIsAnsweredBesideTheField() {
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin");
        page.locator("#group-teams a[href$='/admin/teams']").click();
        assertThat(page.locator("h1")).hasText("Product teams");
        String slug = "billing-" + Words.unique().toLowerCase();
        String name = "Billing " + Words.unique();

        page.locator("[id='create:name']").fill(name);
        page.locator("[id='create:slug']").fill(slug);
        page.locator("[id='create:slaHours']").fill("0");
        page.locator("[id='create:add']").click();
        assertThat(page.locator("[id='create:slaHoursMessage']"))
                .containsText("The response target is a whole number of hours from 1 to 2,160.");
        assertEquals(404, new Api(base).get("api/v1/teams/" + slug).status(), "nothing stored");

        page.locator("[id='create:slaHours']").fill("24");
        page.locator("[id='create:add']").click();
        assertThat(page.locator("[id='create:createFeedback']")).containsText("The team " + name + " was added.");
        Locator row = page.locator(".il-admin-team").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).containsText("answers within 24 h");
        assertEquals(24, new Api(base).get("api/v1/teams/" + slug).json().getInt("slaHours"));

        page.locator("[id='create:name']").fill("Another " + name);
        page.locator("[id='create:slug']").fill(slug);
        page.locator("[id='create:slaHours']").fill("48");
        page.locator("[id='create:add']").click();
        assertThat(page.locator("[id='create:slugMessage']")).containsText("Another team has this address name already.");

        row.locator(".il-admin-team-edit").click();
        assertThat(page.locator("h1")).hasText("Settings of " + name);
        assertThat(page.locator("[id='edit:slaHours']")).hasValue("24");
        page.locator("[id='edit:slaHours']").fill("-5");
        page.locator("[id='edit:save']").click();
        assertThat(page.locator("[id='edit:slaHoursMessage']"))
                .containsText("The response target is a whole number of hours from 1 to 2,160.");
        page.locator("[id='edit:slaHours']").fill("12");
        page.locator("[id='edit:save']").click();
        assertThat(page.locator("#feedback")).containsText("was changed");
        page.locator(".il-admin-back a").click();
        assertThat(page.locator(".il-admin-team").filter(new Locator.FilterOptions().setHasText(name)))
                .containsText("answers within 12 h");
        assertEquals(12, new Api(base).get("api/v1/teams/" + slug).json().getInt("slaHours"));
    }

    @Test
    void theTeamsPageIsAccessibleOnADesktopAndAPhoneAndUnknownTeamsAreNotFound() {
        Api api = new Api(base);
        Api.Reply made = api.as(Members.admin(api)).postJson("api/v1/teams", Body.of("name", "Phones " + Words.unique(),
                "slug", "phones-" + Words.unique(), "slaHours", 48));
        assertEquals(201, made.status(), made.body());
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1440, 375}) {
            try (BrowserContext own = contextAt(width)) {
                Page admin = adminAt(own, base, width);
                admin.navigate(base + "admin/teams");
                assertThat(admin.locator("h1")).hasText("Product teams");
                assertThat(admin.locator("[id='create:add']")).isVisible();
                Accessibility.screenshot(admin, "admin-teams-" + width);
                Accessibility.problems(admin).forEach(problem -> problems.add(width + " px: " + problem));
                assertEquals(404, admin.navigate(base + "admin/team?team=no-such-team").status());
            }
        }
        assertEquals(List.of(), problems);
    }
}
