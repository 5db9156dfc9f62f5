package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The loop in a real browser: a product manager answers on the idea page; a voter sees it in the bell and the roadmap. */
@ExtendWith(ArquillianExtension.class)
class WorkflowPageIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void aStatusChangeOnTheIdeaPageReachesTheVotersBellAndTheRoadmap() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String[] filing = Crowd.teamWithCategory();
        Members.TestMember pm = Members.withRoles(api, "Page Manager", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + filing[0] + "/members/" + pm.id(), Body.of("owns", "")).status());
        String title = "Roadmap-worthy idea " + Words.unique();
        Api.Reply posted = api.as(Members.verified(api, "Page Author").token())
                .postJson("api/v1/ideas", Body.of("title", title, "category", filing[1]));
        long idea = posted.json().getJsonNumber("number").longValue();
        Members.TestMember voter = Members.verified(api, "Vera Voter");
        assertEquals(200, api.as(voter.token()).putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up")).status());
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);

        HomePageIT.signIn(page, base, pm.email(), pm.password());
        page.navigate(base + "ideas/" + idea);
        choose("workflow:status", "Planned"); // a click during the menu's opening can be lost: choose tries again
        page.getByLabel("Official answer").fill("Planned for the next release."); // the field is labelled, not only a placeholder
        assertThat(page.getByText("New status", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.locator("[id='workflow:change']").click();

        assertThat(page.locator("#status")).hasText("Planned");
        assertThat(page.locator(".il-event-status")).containsText("Planned for the next release.");
        assertThat(page.locator("#whyScore")).isVisible(); // the team's manager sees the priority box below ...
        page.setViewportSize(375, 900);
        Accessibility.screenshot(page, "idea-status-form-375");
        page.setViewportSize(1440, 900);
        Accessibility.screenshot(page, "idea-status-form-1440");
        assertThat(page.getByText("The status is changed; everyone following the idea is told.")).hasCount(1); // ... without the confirmation again

        BrowserContext voterContext = browser.newContext();
        try {
            Page voterPage = voterContext.newPage();
            voterPage.onPageError(errors::add);
            HomePageIT.signIn(voterPage, base, voter.email(), voter.password());
            assertThat(voterPage.locator("#unread")).hasText("1");
            voterPage.locator("#bell").click();
            assertThat(voterPage.locator(".il-notification[data-idea='" + idea + "']")).containsText("Planned for the next release.");
            assertThat(voterPage.locator(".il-notification[data-idea='" + idea + "'] .il-unread-badge")).hasText("Unread");
            voterPage.locator("[id='notifications:readAll']").click();
            assertThat(voterPage.locator("#unread")).hasCount(0);
            assertThat(voterPage.locator(".il-notification[data-idea='" + idea + "'] .il-unread-badge")).hasCount(0);

            voterPage.navigate(base + "roadmap?team=" + filing[0]);
            assertThat(voterPage.locator("#column-planned .il-roadmap-card[data-number='" + idea + "']")).containsText(title);
        } finally {
            voterContext.close();
        }
        assertEquals(List.of(), errors, "no JavaScript errors");
    }

    /** The page offers staff controls by the same team rule as the service: none to another team's manager. */
    @Test
    void aManagerOfAnotherTeamGetsNoStaffControlsOnTheIdeaPage() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String[] theirs = Crowd.teamWithCategory();
        String[] mine = Crowd.teamWithCategory();
        Members.TestMember pm = Members.withRoles(api, "Other Manager", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + mine[0] + "/members/" + pm.id(), Body.of("owns", "")).status());
        long idea = api.as(Members.verified(api, "Theirs Author").token()).postJson("api/v1/ideas",
                Body.of("title", "Their team's idea " + Words.unique(), "category", theirs[1])).json()
                .getJsonNumber("number").longValue();

        HomePageIT.signIn(page, base, pm.email(), pm.password());
        page.navigate(base + "ideas/" + idea);
        assertThat(page.locator("#discussion")).isVisible();
        assertThat(page.locator("[id='workflow:status']")).hasCount(0);
        assertThat(page.locator("[id='merge:into']")).hasCount(0);
        assertThat(page.locator("form[id='merge']")).hasCount(0);

        long own = api.as(Members.verified(api, "Mine Author").token()).postJson("api/v1/ideas",
                Body.of("title", "My team's idea " + Words.unique(), "category", mine[1])).json()
                .getJsonNumber("number").longValue();
        page.navigate(base + "ideas/" + own);
        assertThat(page.locator("form[id='merge']")).hasCount(1);
        assertThat(page.locator("[id='workflow:status']")).hasCount(1);
    }

    @Test
    void aModeratorSeesAHiddenIdeaWithABannerAndMembersDoNot() {
        Api api = new Api(base);
        long idea = api.as(Members.verified(api, "Hid Author").token()).postIdea("Soon hidden " + Words.unique(), "");
        Members.TestMember moderator = Members.withRoles(api, "Ban Ner", Role.MODERATOR);
        assertEquals(200, new Api(base).as(moderator.token()).postJson("api/v1/moderation/actions",
                Body.of("action", "hide", "type", "idea", "id", idea, "reason", "Spam")).status());

        HomePageIT.signIn(page, base, moderator.email(), moderator.password());
        page.navigate(base + "ideas/" + idea);
        assertThat(page.locator("#hiddenBanner")).isVisible();

        Members.TestMember member = Members.verified(api, "Mem Ber");
        BrowserContext memberContext = browser.newContext();
        try {
            Page memberPage = memberContext.newPage();
            HomePageIT.signIn(memberPage, base, member.email(), member.password());
            assertEquals(404, memberPage.navigate(base + "ideas/" + idea).status());
        } finally {
            memberContext.close();
        }
    }
}
