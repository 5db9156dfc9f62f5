package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /admin: the staff console's home, for admins only, with what needs attention counted. */
@ExtendWith(ArquillianExtension.class)
class AdminHomeIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void anAdminSeesTheGroupsAndTheCountsGoUpWithAnOverdueIdeaAndAFlag() throws Exception {
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.locator("#nav-admin").click();
        assertThat(page.locator("h1")).hasText("Staff console");
        for (String group : List.of("Community", "Teams and workflow", "Moderation", "Integrations", "System")) {
            assertThat(page.locator(".il-admin-group h2").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText(group))).hasCount(1);
        }
        assertThat(page.locator("#group-system a[href$='/admin/search']")).isVisible();
        long overdue = count("count-overdue");
        long flags = count("count-flags");

        Api api = new Api(base);
        Api author = api.as(Members.verified(api, "Olga Overdue").token());
        long late = author.postIdea("Waited too long " + Words.unique(), "Nobody answered.");
        Crowd.sql("UPDATE idea SET created_at = created_at - INTERVAL 100 HOUR WHERE number = ?", late);
        long flagged = author.postIdea("Flag me " + Words.unique(), "");
        Api flagger = api.as(Members.verified(api, "Fred Flagger").token());
        Api.Reply flag = flagger.postJson("api/v1/flags", Body.of("type", "idea", "id", flagged, "reason", "spam"));
        assertTrue(flag.status() < 300, flag.body());

        page.reload();
        assertEquals(overdue + 1, count("count-overdue"));
        assertEquals(flags + 1, count("count-flags"));
        assertThat(page.locator("#count-flags")).hasClass(java.util.regex.Pattern.compile("il-admin-count-due"));
        page.locator("#count-flags").click();
        assertTrue(page.url().endsWith("/moderation"), page.url());
    }

    @Test
    void aMemberAndAProductManagerGetTheForbiddenPage() {
        Api api = new Api(base);
        for (Members.TestMember who : List.of(Members.verified(api, "Nia Nosy"),
                Members.withRoles(api, "Pia Pm", Role.PRODUCT_MANAGER))) {
            try (BrowserContext own = browser.newContext()) {
                Page theirs = own.newPage();
                HomePageIT.signIn(theirs, base, who.email(), who.password());
                assertThat(theirs.locator("#nav-admin")).hasCount(0);
                Response answer = theirs.navigate(base + "admin");
                assertEquals(403, answer.status());
                assertThat(theirs.locator("#error h1")).hasText("Not for you");
                assertThat(theirs.locator(".il-admin-counts")).hasCount(0);
            }
        }
    }

    @Test
    void theAdminHomeIsAccessibleOnADesktopAndAPhone() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1440, 375}) {
            try (BrowserContext own = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, 900).setBypassCSP(true))) {
                Page admin = own.newPage();
                admin.setViewportSize(1440, 900); // sign in with the full header, then narrow again
                HomePageIT.signIn(admin, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
                admin.setViewportSize(width, 900);
                admin.navigate(base + "admin");
                assertThat(admin.locator("h1")).hasText("Staff console");
                Accessibility.screenshot(admin, "admin-home-" + width);
                Accessibility.problems(admin).forEach(problem -> problems.add(width + " px: " + problem));
            }
        }
        assertEquals(List.of(), problems);
    }

    private long count(String id) {
        return Long.parseLong(page.locator("#" + id + " .il-admin-count-value").innerText().replaceAll("[^0-9]", ""));
    }
}
