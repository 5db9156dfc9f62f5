package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The insight dashboard renders its charts with data in a real browser, without JavaScript errors. */
@ExtendWith(ArquillianExtension.class)
class DashboardPageIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void theDashboardShowsChartsForATeam() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String team = admin.postJson("api/v1/teams", Body.of("name", "Charts " + Words.unique())).json().getString("slug");
        String category = admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Chart cat " + Words.unique()))
                .json().getString("slug");
        String product = admin.postJson("api/v1/teams/" + team + "/products", Body.of("name", "Chart product " + Words.unique()))
                .json().getString("slug");
        Api author = api.as(Members.verified(api, "Dee Dashboard").token());
        long idea = author.postJson("api/v1/ideas", Body.of("title", "Charted idea " + Words.unique(), "category", category))
                .json().getJsonNumber("number").longValue();
        for (Crowd.CrowdMember member : Crowd.members(3)) {
            Api as = new Api(base).as(member.token());
            assertEquals(200, as.putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up")).status());
            assertEquals(201, as.postJson("api/v1/products/" + product + "/ratings", "{\"csat\":4,\"nps\":9}").status());
        }
        assertEquals(200, admin.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "planned")).status());
        var moves = admin.get("api/v1/teams/" + team + "/insights").json().getJsonObject("movesPerWeek").getJsonArray("planned");
        assertEquals(1, moves.getJsonNumber(moves.size() - 1).intValue(), "this week's move to planned is charted");
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);

        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "dashboard?team=" + team);

        for (String chart : List.of("statusChart", "movesChart", "weeklyChart", "csatChart", "npsChart")) {
            assertThat(page.locator("[id='" + chart + "'] canvas, canvas[id='" + chart + "_canvas']").first()).isVisible();
        }
        assertThat(page.locator("#breadth")).containsText("Charted idea");
        assertThat(page.locator("#dashboard")).containsText("NPS 100");
        assertEquals(List.of(), errors, "no JavaScript errors");
    }

    @Test
    void aProductManagerLandsOnTheirTeamsChartsWhichNeverOverlap() {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String teamName = "Pm tab " + Words.unique();
        String team = admin.postJson("api/v1/teams", Body.of("name", teamName)).json().getString("slug");
        String other = admin.postJson("api/v1/teams", Body.of("name", "Not theirs " + Words.unique())).json().getString("slug");
        Members.TestMember pm = Members.withRoles(api, "Pia Manager", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + team + "/members/" + pm.id(), Body.of("owns", "")).status());
        List<String> problems = new ArrayList<>();

        for (int width : new int[] {1440, 375}) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(1440, 900).setBypassCSP(true))) {
                Page page = context.newPage();
                HomePageIT.signIn(page, base, pm.email(), pm.password());
                page.setViewportSize(width, 900);
                page.navigate(base + "dashboard");

                assertThat(page.locator("#teams .il-sort-active")).hasText(teamName);
                assertThat(page.locator("#tab-all")).hasCount(0);
                assertThat(page.locator("#response")).containsText("No official response in this range yet.");
                org.junit.jupiter.api.Assertions.assertFalse(page.locator("#dashboard").innerText().contains("null"),
                        "an empty team's dashboard shows no 'null'");
                assertThat(page.locator("#teams [data-team='" + other + "']")).hasCount(0);
                for (String chart : List.of("statusChart", "movesChart", "weeklyChart", "csatChart", "npsChart")) {
                    assertThat(page.locator("canvas[id='" + chart + "_canvas']")).isVisible();
                }
                assertEquals(5, page.locator("#dashboard details.il-chart-data table").count(), "each chart has its numbers");
                List<BoundingBox> boxes = new ArrayList<>();
                for (Locator cell : page.locator("#dashboard > .il-chart").all()) {
                    boxes.add(cell.boundingBox());
                }
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        assertFalse(overlap(boxes.get(i), boxes.get(j)), "chart " + i + " and " + j + " overlap at " + width + " px");
                    }
                }
                Accessibility.screenshot(page, "dashboard-pm-" + width);
                Accessibility.problems(page).forEach(p -> problems.add(width + " px: " + p));
                assertEquals(403, page.navigate(base + "dashboard?team=" + other).status(), "another team's tab is closed");
                assertThat(page.locator("h1")).hasText("Not for you");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean overlap(BoundingBox a, BoundingBox b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }
}
