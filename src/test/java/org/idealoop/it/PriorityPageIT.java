package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URL;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a browser: the team's product manager sees "Why this score" with its arithmetic and sets RICE on the
 * idea page (a member does not get the box), and sorting the inbox (and the team's roadmap) by priority
 * puts the idea a valuable account promotes above one with more, but lone, voters.
 */
@ExtendWith(ArquillianExtension.class)
class PriorityPageIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void theManagerSeesWhyAndSortsTheInboxByPriorityWhileAMemberSeesNoValues() throws SQLException {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String team = PriorityIT.team(admin, "Refunds");
        Members.TestMember pm = PriorityIT.manager(api, admin, team, "Paula Page");
        Members.TestMember member = Members.verified(api, "Mo Member");
        Api author = api.as(member.token());
        String quietTitle = "Refund in store credit " + Words.unique();
        String valuedTitle = "Partial refunds " + Words.unique();
        long quiet = PriorityIT.number(author.postJson("api/v1/ideas", Body.of("title", quietTitle, "team", team)));
        long valued = PriorityIT.number(author.postJson("api/v1/ideas", Body.of("title", valuedTitle, "team", team)));
        long account = PriorityIT.account("public_sector", "900000");
        context.close();
        context = contextAt(1440); // axe-core is injected, so the context bypasses the page's CSP
        page = context.newPage();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        try {
            PriorityIT.supporters(api, valued, 2, account, 2);
            PriorityIT.supporters(api, quiet, 3, account, 0);

            HomePageIT.signIn(page, base, pm.email(), pm.password());
            page.navigate(base + "ideas/" + valued);
            assertThat(page.locator("#whyScore")).isVisible();
            assertThat(page.locator("#demandTerm")).containsText("ln(1 + 900,000) × √1");
            assertThat(page.locator("#riceTerm")).containsText("1");
            assertThat(page.locator("[id='segments']")).containsText("Public sector");

            page.locator("[id='rice:reach']").fill("500");
            page.locator("[id='rice:impact']").fill("2");
            page.locator("[id='rice:confidence']").fill("80");
            page.locator("[id='rice:effort']").fill("0");
            page.locator("[id='rice:saveRice']").click();
            assertThat(page.locator("[id='rice:effortError']")).containsText("greater than 0");
            page.locator("[id='rice:effort']").fill("4");
            page.locator("[id='rice:saveRice']").click();
            assertThat(page.locator("#riceTerm")).containsText("= 200.00");
            assertThat(page.locator("[id='rice:riceSetBy']")).containsText("Paula Page");
            assertThat(page.locator("[id='rice:riceSaved']")).isVisible();
            assertEquals(List.of(), Accessibility.problems(page));
            Accessibility.screenshot(page, "priority-idea-1440");
            page.setViewportSize(375, 800);
            Accessibility.screenshot(page, "priority-idea-375");
            assertEquals(List.of(), Accessibility.problems(page));
            page.setViewportSize(1440, 900);

            page.navigate(base + "inbox?team=" + team + "&view=awaiting");
            page.locator("#sort-priority").click();
            assertThat(page.locator("#sort-priority")).hasClass(java.util.regex.Pattern.compile("il-sort-active"));
            assertThat(page.locator("[id='inbox:ideas_data'] tr").first()).containsText(valuedTitle);
            assertThat(page.locator("[id='inbox:ideas_data'] tr").nth(1)).containsText(quietTitle);
            Accessibility.screenshot(page, "priority-inbox-1440");
            assertEquals(List.of(), Accessibility.problems(page));
            page.locator("#segment-public_sector").click();
            assertThat(page.locator("[id='inbox:ideas_data'] tr")).hasCount(1);

            // The dashboard's priority card: the team's open ideas, highest first, linking to the open view.
            page.navigate(base + "dashboard?team=" + team);
            assertThat(page.locator("#priorities li").first()).containsText(valuedTitle);
            assertThat(page.locator("#priorities li").nth(1)).containsText(quietTitle);
            assertEquals(List.of(), Accessibility.problems(page));
            page.locator("#priorities p a").click();
            assertThat(page.locator("[id='inbox:ideas_data'] tr").first()).containsText(valuedTitle);

            // The roadmap: by default the latest status change first (quiet), for the team's staff by priority.
            Crowd.sql("UPDATE idea SET status = 'under_review', status_changed_at = NOW(6) - INTERVAL 1 DAY WHERE number = ?", valued);
            Crowd.sql("UPDATE idea SET status = 'under_review', status_changed_at = NOW(6) WHERE number = ?", quiet);
            page.navigate(base + "roadmap?team=" + team);
            assertThat(page.locator("#column-under_review .il-roadmap-card").first())
                    .hasAttribute("data-number", Long.toString(quiet));
            page.locator("#order-priority").click();
            assertThat(page.locator("#column-under_review .il-roadmap-card").first())
                    .hasAttribute("data-number", Long.toString(valued));
            assertEquals(List.of(), Accessibility.problems(page));

            BrowserContext memberContext = browser.newContext();
            try {
                Page memberPage = memberContext.newPage();
                HomePageIT.signIn(memberPage, base, member.email(), member.password());
                memberPage.navigate(base + "ideas/" + valued);
                assertThat(memberPage.locator("h1").first()).isVisible();
                assertThat(memberPage.locator("#whyScore")).hasCount(0);
                assertThat(memberPage.locator("body")).not().containsText("900,000");
                memberPage.navigate(base + "roadmap?team=" + team + "&sort=priority");
                assertThat(memberPage.locator("#roadmapOrder")).hasCount(0);
                assertThat(memberPage.locator("#column-under_review .il-roadmap-card").first())
                        .hasAttribute("data-number", Long.toString(quiet));
            } finally {
                memberContext.close();
            }
            assertEquals(List.of(), errors);
        } finally {
            Crowd.sql("DELETE FROM account WHERE id = ?", account);
        }
    }
}
