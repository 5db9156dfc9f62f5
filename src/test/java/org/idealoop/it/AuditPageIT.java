package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /admin/audit in a real browser: an admin filters the log and downloads it as CSV; members get the 403 page. */
@ExtendWith(ArquillianExtension.class)
class AuditPageIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void anAdminFiltersTheAuditLogAndDownloadsItAsCsv() throws Exception {
        Api api = new Api(base);
        String word = Words.unique();
        long idea = api.as(Members.verified(api, "Audit Author").token()).postIdea("Audited " + word, "");
        Members.TestMember moderator = Members.withRoles(api, "Audit Moderator", Role.MODERATOR);
        Api.Reply hidden = api.as(moderator.token()).postJson("api/v1/moderation/actions",
                Body.of("action", "hide", "type", "idea", "id", idea, "reason", "=HYPERLINK(\"x\") " + word));
        assertEquals(200, hidden.status(), hidden.body());

        try (BrowserContext admin = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setBypassCSP(true).setAcceptDownloads(true))) {
            Page page = admin.newPage();
            HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
            page.navigate(base + "admin/audit");
            page.locator("#q").fill(word);
            page.locator("#type").selectOption("idea");
            page.locator("#filter").click();
            assertThat(page.locator(".il-audit-entry")).hasCount(1);
            assertThat(page.locator(".il-audit-entry[data-action='hide']")).containsText(word);
            assertThat(page.locator(".il-audit-entry")).containsText("Audit Moderator");
            for (int width : new int[] {1440, 375}) {
                page.setViewportSize(width, 900);
                Accessibility.screenshot(page, "audit-" + width);
                assertEquals(List.of(), Accessibility.problems(page), "the audit log at " + width + " px");
            }

            Download download = page.waitForDownload(() -> page.locator("#csv").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("\"id\",\"at\",\"actor_id\""), csv);
            assertEquals(2, csv.strip().lines().count(), "a header and the one matching entry: " + csv);
            assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\") " + word + "\""), "formula neutralised: " + csv);

            page.navigate(base + "admin/audit?to=2020-01-01&from=2021-01-01");
            assertThat(page.locator("#feedback")).containsText("The end date comes before the start date.");
        }
    }

    @Test
    void aMemberGetsTheForbiddenPage() {
        Api api = new Api(base);
        Members.TestMember member = Members.verified(api, "Audit Curious");
        HomePageIT.signIn(page, base, member.email(), member.password());
        assertEquals(403, page.navigate(base + "admin/audit").status());
        assertThat(page.locator("h1")).isVisible();
    }
}
