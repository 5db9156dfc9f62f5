package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
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
}
