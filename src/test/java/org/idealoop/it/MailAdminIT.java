package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URL;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /admin/mail in a real browser: 25 mails a page, newest first; a search narrows them by recipient or
 * subject; each mail opens on its own page with its text shown as text, never as markup.
 */
@ExtendWith(ArquillianExtension.class)
class MailAdminIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void theMailsArePagedSearchableAndOneOpensOnItsOwnPage() {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String word = Words.unique();
        for (int i = 0; i < 26; i++) { // one mail each (the address check), one more than a page
            Api.Reply created = api.postJson("api/v1/members", Body.of("email", "post" + i + "." + word
                    + "@it.idealoop.test", "displayName", "Mail Reader " + i, "password", Members.PASSWORD));
            assertEquals(201, created.status(), created.body());
        }
        Members.TestMember warned = Members.verified(api, "Mail Warned"); // an address without the word
        Members.TestMember moderator = Members.withRoles(api, "Mail Moderator", Role.MODERATOR);
        assertEquals(200, api.as(moderator.token()).postJson("api/v1/moderation/actions", Body.of("action", "warn",
                "type", "member", "id", warned.id(), "reason", "<b>Markup</b> stays <script>text</script>")).status());
        assertEquals(25, admin.get("api/v1/admin/mails?q=" + word).jsonArray().size(), "the API pages too");
        assertEquals(1, admin.get("api/v1/admin/mails?q=" + word + "&page=2").jsonArray().size());

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setBypassCSP(true))) {
            Page page = context.newPage();
            HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
            page.navigate(base + "admin/mail");
            assertThat(page.locator(".il-mail-row")).hasCount(25);
            assertThat(page.locator("#older")).isVisible();

            page.locator("#q").fill(word);
            page.locator("#find").click();
            assertThat(page.locator(".il-mail-row")).hasCount(25);
            assertThat(page.locator(".il-mail-row").first()).containsText("post25." + word); // newest first
            assertThat(page.locator("#newer")).hasCount(0);
            for (int width : new int[] {1440, 375}) {
                page.setViewportSize(width, 900);
                Accessibility.screenshot(page, "admin-mail-" + width);
                assertEquals(List.of(), Accessibility.problems(page), "the mail list at " + width + " px");
            }
            page.setViewportSize(1440, 900);
            page.locator("#older").click();
            assertThat(page.locator(".il-mail-row")).hasCount(1);
            assertThat(page.locator(".il-mail-row")).containsText("post0." + word);
            assertThat(page.locator("#older")).hasCount(0);
            page.locator("#newer").click();
            assertThat(page.locator(".il-mail-row")).hasCount(25);

            page.locator("#q").fill("post7." + word);
            page.locator("#find").click();
            assertThat(page.locator(".il-mail-row")).hasCount(1);
            page.locator("#q").fill("no such mail " + Words.unique());
            page.locator("#find").click();
            assertThat(page.locator(".il-mail-row")).hasCount(0);
            assertThat(page.locator(".il-empty")).isVisible();
            page.locator("#q").fill("a note from the MODERATORS"); // the subject, in another case
            page.locator("#find").click();
            assertThat(page.locator(".il-mail-row").first()).containsText("A note from the moderators");

            page.locator("#q").fill(warned.email());
            page.locator("#find").click();
            assertThat(page.locator(".il-mail-row")).hasCount(2); // the address check and the warning
            page.locator(".il-mail-row a", new Page.LocatorOptions().setHasText("A note from the moderators")).click();
            assertTrue(page.url().contains("mail="), page.url());
            assertThat(page.locator("#mail-to")).hasText(warned.email());
            assertThat(page.locator("#mail-subject")).hasText("A note from the moderators");
            assertThat(page.locator("#mail-body")).containsText("<b>Markup</b> stays <script>text</script>");
            assertThat(page.locator("#mail-body b")).hasCount(0);
            assertThat(page.locator("#mail-body script")).hasCount(0);
            assertThat(page.locator("#mail-attempts")).isVisible();
            assertThat(page.locator("#mail-state")).not().containsText(
                    page.locator("#mail-state").innerText().startsWith("Sent") ? "Waiting" : "Sent");
            for (int width : new int[] {1440, 375}) {
                page.setViewportSize(width, 900);
                Accessibility.screenshot(page, "admin-mail-one-" + width);
                assertEquals(List.of(), Accessibility.problems(page), "one mail at " + width + " px");
            }
            page.locator("#back").click();
            assertThat(page.locator("#q")).hasValue(warned.email());

            assertEquals(404, page.navigate(base + "admin/mail?mail=999999999").status());
        }
    }
}
