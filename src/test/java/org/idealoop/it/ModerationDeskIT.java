package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The moderator's desk in a real browser: counted flag reasons, one form per item, each action audited with its reason. */
@ExtendWith(ArquillianExtension.class)
class ModerationDeskIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void aModeratorClearsThreeFlaggedItemsWithThreeActionsEachWithItsOwnReason() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        Api author = api.as(Members.verified(api, "Desk Author").token());
        long spam = author.postIdea("Desk spam " + Words.unique(), "Buy now");
        long fine = author.postIdea("Desk harmless " + Words.unique(), "A fair idea");
        long heated = author.postIdea("Desk heated " + Words.unique(), "A heated thread");
        List<Crowd.CrowdMember> flaggers = Crowd.established(2);
        flag(flaggers.get(0), spam, "spam");
        flag(flaggers.get(1), spam, "spam");
        flag(flaggers.get(0), fine, "off_topic");
        flag(flaggers.get(1), fine, "spam");
        flag(flaggers.get(0), heated, "abuse");
        flag(flaggers.get(1), heated, "abuse");
        Members.TestMember moderator = Members.withRoles(api, "Desk Moderator", Role.MODERATOR);
        List<String> errors = new ArrayList<>();

        try (BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setBypassCSP(true))) {
            Page page = desk.newPage();
            page.onPageError(errors::add);
            HomePageIT.signIn(page, base, moderator.email(), moderator.password());
            page.navigate(base + "moderation");
            assertThat(page.locator("#item-idea-" + spam + " .il-desk-reason")).hasText("Spam ×2");
            assertThat(page.locator("#item-idea-" + fine + " .il-desk-reasons")).containsText("Off topic ×1");
            assertThat(page.locator("#item-idea-" + fine + " .il-desk-reasons")).containsText("Spam ×1");
            assertThat(page.locator("#item-idea-" + spam + " .il-desk-author")).containsText("Desk Author");
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)"); // check every form
            for (int width : new int[] {1440, 375}) {
                page.setViewportSize(width, 900);
                Accessibility.screenshot(page, "desk-" + width);
                assertEquals(List.of(), Accessibility.problems(page), "the desk at " + width + " px");
            }
            page.setViewportSize(1440, 900);
            page.reload();

            page.locator("[id='desk-idea-" + spam + ":hide']").click();
            assertThat(page.locator("[id='desk-idea-" + spam + "']")).containsText("Give a reason");
            assertThat(page.locator("#item-idea-" + spam)).hasCount(1);
            Accessibility.screenshot(page, "desk-refused");

            page.locator("[id='desk-idea-" + spam + ":reason']").fill("Advertising pills");
            page.locator("[id='desk-idea-" + spam + ":hide']").click();
            assertThat(page.locator("#feedback")).containsText("Hidden.");
            assertThat(page.locator("#item-idea-" + spam)).hasCount(0);

            page.locator("[id='desk-idea-" + fine + ":reason']").fill("On topic after all");
            page.locator("[id='desk-idea-" + fine + ":dismiss']").click();
            assertThat(page.locator("#feedback")).containsText("Flags dismissed.");
            assertThat(page.locator("#item-idea-" + fine)).hasCount(0);

            page.locator("[id='desk-idea-" + heated + ":reason']").fill("Cooling the thread down");
            page.locator("[id='desk-idea-" + heated + ":lock']").click();
            assertThat(page.locator("#feedback")).containsText("Locked.");
            assertThat(page.locator("#item-idea-" + heated)).hasCount(0);
        }

        assertAudited(admin, spam, "hide", "Advertising pills");
        assertAudited(admin, fine, "dismiss", "On topic after all");
        assertAudited(admin, heated, "lock", "Cooling the thread down");
        assertEquals(List.of(), errors, "no JavaScript errors");
    }

    @Test
    void aModeratorSuspendsTheAuthorFromTheItemAndARefusalShowsBesideTheDate() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        Members.TestMember writer = Members.verified(api, "Desk Suspended");
        long idea = api.as(writer.token()).postIdea("Desk abusive " + Words.unique(), "Rude words");
        flag(Crowd.established(1).get(0), idea, "abuse");
        Members.TestMember moderator = Members.withRoles(api, "Desk Sanctioner", Role.MODERATOR);

        HomePageIT.signIn(page, base, moderator.email(), moderator.password());
        page.navigate(base + "moderation");
        String form = "[id='sanction-idea-" + idea + "']";
        page.locator("#item-idea-" + idea + " details:has(" + form + ") > summary").click();
        page.locator("[id='sanction-idea-" + idea + ":reason']").fill("Insults in three threads");
        page.locator("[id='sanction-idea-" + idea + ":suspend']").click();
        assertThat(page.locator(form)).containsText("The end of the suspension must be in the future.");

        page.locator("[id='sanction-idea-" + idea + ":until']").fill("2099-01-31");
        page.locator("[id='sanction-idea-" + idea + ":suspend']").click();
        assertThat(page.locator(form)).containsText("Suspensions end before 2038");

        page.locator("[id='sanction-idea-" + idea + ":until']").fill(java.time.LocalDate.now().plusDays(30).toString());
        page.locator("[id='sanction-idea-" + idea + ":suspend']").click();
        assertThat(page.locator("#feedback")).containsText("The author is suspended.");

        JsonObject entry = admin.get("api/v1/audit?type=member&id=" + writer.id() + "&action=suspend").jsonArray()
                .getJsonObject(0);
        assertEquals("Insults in three threads", entry.getString("reason"));
    }

    @Test
    void aModeratorWorksTheDeskByKeyboard() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        Api author = api.as(Members.verified(api, "Keys Author").token());
        long first = author.postIdea("Keys first " + Words.unique(), "Off topic words");
        long second = author.postIdea("Keys second " + Words.unique(), "More off topic words");
        Crowd.CrowdMember flagger = Crowd.established(1).get(0);
        flag(flagger, first, "off_topic");
        flag(flagger, second, "off_topic");
        Members.TestMember moderator = Members.withRoles(api, "Keys Moderator", Role.MODERATOR);

        HomePageIT.signIn(page, base, moderator.email(), moderator.password());
        page.navigate(base + "moderation");
        assertThat(page.locator("#deskKeys")).containsText("dismiss");
        page.locator("#item-idea-" + first + " .il-comment-body").click();
        assertEquals("item-idea-" + first, page.evaluate("document.activeElement.id"), "a click puts the item in focus");
        String next = (String) page.evaluate("id => document.getElementById(id).nextElementSibling.id", "item-idea-" + first);
        page.keyboard().press("j");
        assertEquals(next, page.evaluate("document.activeElement.id"), "j moves to the next item");
        page.keyboard().press("k");
        assertEquals("item-idea-" + first, page.evaluate("document.activeElement.id"), "k moves back");

        page.keyboard().press("h");
        assertThat(page.locator("[id='desk-idea-" + first + "']")).containsText("Give a reason");
        assertThat(page.locator("#item-idea-" + first)).hasCount(1);

        page.locator("#item-idea-" + first + " .il-comment-body").click();
        page.keyboard().press("e");
        assertEquals("desk-idea-" + first + ":reason", page.evaluate("document.activeElement.id"), "e goes to the reason");
        page.keyboard().type("Fits the forum after all");
        page.keyboard().press("Escape");
        assertEquals("item-idea-" + first, page.evaluate("document.activeElement.id"), "Esc goes back to the item");
        page.keyboard().press("d");
        assertThat(page.locator("#feedback")).containsText("Flags dismissed.");
        assertThat(page.locator("#item-idea-" + first)).hasCount(0);
        assertAudited(admin, first, "dismiss", "Fits the forum after all");
        assertThat(page.locator("#item-idea-" + second)).hasCount(1);
    }

    private void assertAudited(Api admin, long idea, String action, String reason) {
        JsonObject entry = admin.get("api/v1/audit?type=idea&id=" + idea).jsonArray().getJsonObject(0);
        assertEquals(action, entry.getString("action"), entry.toString());
        assertEquals(reason, entry.getString("reason"), entry.toString());
    }

    private void flag(Crowd.CrowdMember member, long idea, String reason) {
        Api.Reply reply = new Api(base).as(member.token()).postJson("api/v1/flags",
                Body.of("type", "idea", "id", idea, "reason", reason));
        assertEquals(201, reply.status(), reply.body());
    }
}
