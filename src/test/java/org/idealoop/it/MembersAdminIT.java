package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.json.JsonArray;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /admin/members in a real browser: an admin finds a member by part of the address and by name, makes
 * them a product manager, warns and suspends them (the API then refuses their posts), reads both in
 * their sanction record and lifts the suspension; a past date and a blank reason are answered beside
 * their fields and store nothing; a ban asks first.
 */
@ExtendWith(ArquillianExtension.class)
class MembersAdminIT extends BrowserTest {

    @ArquillianResource
    URL base;

    /** A verified member whose name and address share no word, so each search finds them by one. */
    private Members.TestMember member(Api api, String name, String address) {
        String email = address + "@it.idealoop.test";
        Api.Reply created = api.postJson("api/v1/members", Body.of("email", email, "displayName", name,
                "password", Members.PASSWORD));
        assertEquals(201, created.status(), created.body());
        Members.verify(api, email);
        return new Members.TestMember(created.json().getJsonNumber("id").longValue(), email, Members.PASSWORD,
                Members.token(api, email, Members.PASSWORD));
    }

    @Test
    void anAdminFindsAMemberGivesARoleSanctionsAndLiftsWithTheRecordKept() {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String nameWord = Words.unique();
        String addressWord = Words.unique();
        Members.TestMember mira = member(api, "Mira " + nameWord, "mira." + addressWord);
        Api asMira = new Api(base).as(mira.token());
        List<String> errors = new ArrayList<>();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setBypassCSP(true))) {
            Page page = context.newPage();
            page.onPageError(errors::add);
            HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
            page.navigate(base + "admin");
            page.locator("#group-community a[href$='/admin/members']").click();

            page.locator("#q").fill(addressWord.substring(2, 9)); // a part of the address only
            page.locator("#find").click();
            assertThat(page.locator(".il-member-row")).hasCount(1);
            assertThat(page.locator(".il-member-row")).containsText("Mira " + nameWord);
            assertThat(page.locator(".il-member-row .il-member-state")).hasText("Active");
            assertThat(page.locator(".il-member-row time")).hasCount(1);
            page.locator("#q").fill("mira " + nameWord.toUpperCase()); // the name, in another case
            page.locator("#find").click();
            assertThat(page.locator(".il-member-row")).hasCount(1);
            assertThat(page.locator(".il-member-row")).containsText(mira.email());
            for (int width : new int[] {1440, 375}) {
                page.setViewportSize(width, 900);
                Accessibility.screenshot(page, "admin-members-" + width);
                assertEquals(List.of(), Accessibility.problems(page), "the member search at " + width + " px");
            }
            page.setViewportSize(1440, 900);

            page.locator(".il-member-row a").click();
            assertTrue(page.url().contains("member=" + mira.id()), page.url());
            assertThat(page.locator("#member-heading")).hasText("Mira " + nameWord);
            page.locator("label[for='rolesForm:roles:1']").click(); // PRODUCT_MANAGER
            page.locator("[id='rolesForm:saveRoles']").click();
            assertThat(page.locator("#feedback")).containsText("The roles are saved.");
            assertThat(page.locator("[id='rolesForm:roles:1']")).isChecked();
            assertEquals(List.of("PRODUCT_MANAGER"), roles(api, mira.id()));

            // Bad input: a blank reason, a date in the past. Each answered beside its field, nothing stored.
            page.locator("[id='warn:go']").click();
            assertThat(page.locator("[id='warn']")).containsText("Give a reason");
            page.locator("[id='suspend:reason']").fill("Cooling down " + nameWord);
            page.locator("[id='suspend:until']").fill("2001-01-01");
            page.locator("[id='suspend:go']").click();
            assertThat(page.locator("[id='suspend']")).containsText("The end of the suspension must be in the future.");
            assertThat(page.locator("[id='suspend:reason']")).hasValue("Cooling down " + nameWord);
            page.locator("[id='suspend:reason']").fill("");
            page.locator("[id='suspend:until']").fill(LocalDate.now().plusDays(30).toString());
            page.locator("[id='suspend:go']").click();
            assertThat(page.locator("[id='suspend']")).containsText("Give a reason");
            assertEquals(0, sanctions(admin, mira.id()).size(), "nothing stored after the refusals");
            assertEquals(201, asMira.postJson("api/v1/ideas", Body.of("title", "Still posting " + Words.unique())).status());

            page.locator("[id='warn:reason']").fill("Mind the tone " + nameWord);
            page.locator("[id='warn:go']").click();
            assertThat(page.locator("#feedback")).containsText("The member was warned by mail.");
            page.locator("[id='suspend:reason']").fill("Three insults this week " + nameWord);
            page.locator("[id='suspend:until']").fill(LocalDate.now().plusDays(30).toString());
            page.locator("[id='suspend:go']").click();
            assertThat(page.locator("#feedback")).containsText("The member is suspended.");
            assertThat(page.locator("#member-state .il-member-state")).hasText("Suspended");
            assertEquals(403, asMira.postJson("api/v1/ideas", Body.of("title", "Posting while suspended")).status(),
                    "a suspended member's API write is refused");

            assertThat(page.locator(".il-sanction")).hasCount(2);
            assertThat(page.locator(".il-sanction[data-kind='warn']")).containsText("Mind the tone " + nameWord);
            assertThat(page.locator(".il-sanction[data-kind='warn']")).containsText("Administrator");
            assertThat(page.locator(".il-sanction[data-kind='suspend']")).containsText("Three insults this week " + nameWord);
            assertThat(page.locator(".il-sanction[data-kind='suspend'] .il-sanction-lifted")).hasText("In force");
            for (int width : new int[] {1440, 375}) {
                page.setViewportSize(width, 900);
                Accessibility.screenshot(page, "admin-member-" + width);
                assertEquals(List.of(), Accessibility.problems(page), "a member's page at " + width + " px");
            }
            page.setViewportSize(1440, 900);

            page.locator("[id='lift:reason']").fill("Apologised " + nameWord);
            page.locator("[id='lift:go']").click();
            assertThat(page.locator("#feedback")).containsText("Suspensions and bans are lifted.");
            assertThat(page.locator("#member-state .il-member-state")).hasText("Active");
            assertThat(page.locator(".il-sanction")).hasCount(2);
            assertThat(page.locator(".il-sanction[data-kind='suspend'] .il-sanction-lifted")).containsText("Apologised " + nameWord);
            assertEquals(201, asMira.postJson("api/v1/ideas", Body.of("title", "Back again " + Words.unique())).status());
            assertEquals(List.of("warn", "suspend", "lift"), sanctions(admin, mira.id()));
        }
        assertEquals(List.of(), errors, "no JavaScript errors");
    }

    @Test
    void aBanAsksFirstAndCancellingLeavesTheMemberAsTheyWere() {
        Api api = new Api(base);
        String word = Words.unique();
        Members.TestMember bo = member(api, "Bo " + word, "bo." + Words.unique());

        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin/members?member=" + bo.id());
        page.locator("[id='ban:go']").click();
        page.locator("#confirmYes").click();
        assertThat(page.locator("[id='ban']")).containsText("Give a reason");
        assertThat(page.locator("#member-state .il-member-state")).hasText("Active");
        page.locator("[id='ban:reason']").fill("Spam bot " + word);
        page.locator("[id='ban:go']").click();
        assertThat(page.locator("#confirmNo")).isVisible();
        page.locator("#confirmNo").click();
        assertThat(page.locator("#member-state .il-member-state")).hasText("Active");
        assertEquals(200, api.postJson("api/v1/auth/token", Body.of("email", bo.email(), "password", bo.password()))
                .status(), "not banned after Cancel");

        page.locator("[id='ban:go']").click();
        page.locator("#confirmYes").click();
        assertThat(page.locator("#feedback")).containsText("The member is banned.");
        assertThat(page.locator("#member-state .il-member-state")).hasText("Banned");
        assertThat(page.locator(".il-sanction[data-kind='ban']")).containsText("Spam bot " + word);
        assertEquals(401, api.postJson("api/v1/auth/token", Body.of("email", bo.email(), "password", bo.password()))
                .status(), "a banned member cannot sign in");

        page.navigate(base + "admin/members?member=" + Members.withRoles(api, "Ann " + word,
                org.idealoop.domain.member.Role.ADMIN).id());
        page.locator("[id='warn:reason']").fill("Admins are protected");
        page.locator("[id='warn:go']").click();
        assertThat(page.locator("#feedback")).containsText("Admins, and yourself, cannot be warned");
        assertThat(page.locator(".il-sanction")).hasCount(0);
    }

    @Test
    void anUnknownMemberIsTheNotFoundPage() {
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        assertEquals(404, page.navigate(base + "admin/members?member=999999999").status());
        assertFalse(page.content().contains("il-sanction"));
    }

    private static List<String> roles(Api api, long member) {
        return api.get("api/v1/members/" + member).json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
    }

    /** The sanction actions in the audit log for the member, oldest first. */
    private static List<String> sanctions(Api admin, long member) {
        JsonArray audit = admin.get("api/v1/audit?type=member&id=" + member).jsonArray();
        List<String> actions = new ArrayList<>(audit.stream().map(v -> v.asJsonObject().getString("action"))
                .filter(a -> List.of("warn", "suspend", "ban", "lift").contains(a)).toList());
        java.util.Collections.reverse(actions);
        return actions;
    }
}
