package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A newcomer does, from the pages, what was API-only: signs up (and is signed in at once), flags a
 * comment, tells a story, rates a product and follows a team, at a desktop and a phone width. Each step
 * checks through the API that it was stored, keeps a screenshot, and passes axe-core; refusals of the
 * services (a second flag, a story without a body, a rating without stars) show beside their field.
 */
@ExtendWith(ArquillianExtension.class)
class MemberJourneyIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1440, 375})
    void aNewMemberFlagsTellsRatesAndFollows(int width) {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String teamName = "Journey team " + Words.unique();
        String team = admin.postJson("api/v1/teams", Body.of("name", teamName)).json().getString("slug");
        String category = admin.postJson("api/v1/teams/" + team + "/categories", Body.of("name", "Journey cat " + Words.unique()))
                .json().getString("slug");
        String productName = "Journey product " + Words.unique();
        String product = admin.postJson("api/v1/teams/" + team + "/products", Body.of("name", productName))
                .json().getString("slug");
        Api author = api.as(Members.verified(api, "Jo Author").token());
        long idea = author.postJson("api/v1/ideas", Body.of("title", "Journey idea " + Words.unique(), "category", category))
                .json().getJsonNumber("number").longValue();
        long comment = author.postJson("api/v1/ideas/" + idea + "/comments", Body.of("body", "Buy cheap watches here"))
                .json().getJsonNumber("id").longValue();
        List<String> problems = new ArrayList<>();

        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900).setBypassCSP(true))) {
            Page page = phone.newPage();
            String shot = "journey-" + width + "-";

            // Signs up and is signed in at once; the account page says what comes next.
            String email = Members.newEmail("Nia Newcomer");
            page.navigate(base + "sign-up");
            page.locator("[id='signUp:email']").fill(email);
            page.locator("[id='signUp:displayName']").fill("Nia Newcomer");
            page.locator("[id='signUp:password']").fill(Members.PASSWORD);
            page.locator("[id='signUp:submit']").click();
            assertThat(page.locator("#me-name")).hasText("Nia Newcomer");
            assertThat(page.locator("[id='feedback']")).containsText("We sent a link to " + email);
            assertThat(page.locator("[id='verification:resend']")).isVisible();
            Accessibility.screenshot(page, shot + "1-signed-up"); // /me is not this journey's page (see AccessibilityIT)
            page.navigate(base + Mailbox.await(email, "Confirm your e-mail").linkPath());
            Api nia = api.as(Members.token(api, email, Members.PASSWORD));
            assertTrue(nia.get("api/v1/me").json().getBoolean("emailVerified"));

            // Flags a comment; flagging it again is refused beside the form's item.
            page.navigate(base + "ideas/" + idea);
            Locator article = page.locator("article[data-id='" + comment + "']");
            article.locator(".il-flag-open").click();
            assertThat(page.locator("[id='flagDialog']")).isVisible();
            page.locator("[id='flagForm:reason'] label").filter(new Locator.FilterOptions().setHasText("Spam")).click();
            page.locator("[id='flagForm:text']").fill("An advert");
            assertThat(article.locator(".il-flag-open")).not().hasClass(java.util.regex.Pattern.compile("ui-state-disabled"));
            check(page, shot + "2-flag-form", problems);
            page.locator("[id='flagForm:send']").click();
            assertThat(page.locator("#flagSent")).containsText("moderators will look at it");
            JsonObject queued = admin.get("api/v1/moderation/queue?limit=100").jsonArray().stream().map(v -> v.asJsonObject())
                    .filter(q -> q.getString("type").equals("comment") && q.getJsonNumber("id").longValue() == comment)
                    .findFirst().orElseThrow(() -> new AssertionError("the flagged comment is in the moderation queue"));
            assertEquals(1, queued.getInt("flaggers"));
            page.locator("[id='flagForm:close']").click();
            article.locator(".il-flag-open").click();
            page.locator("[id='flagForm:reason'] label").filter(new Locator.FilterOptions().setHasText("Off topic")).click();
            page.locator("[id='flagForm:send']").click();
            assertThat(page.locator("[id='flagForm:idMessage']")).containsText("You flagged this already");
            check(page, shot + "3-flag-twice", problems);

            // Tells a story (a story without a body is refused beside the body).
            page.navigate(base + "stories?product=" + product);
            String storyTitle = "The battery died on a plane " + Words.unique();
            page.locator("[id='tellForm:kind'] label").filter(new Locator.FilterOptions().setHasText("Problem")).click();
            page.locator("[id='tellForm:title']").fill(storyTitle);
            page.locator("[id='tellForm:send']").click();
            assertThat(page.locator("[id='tellForm:bodyMessage']")).containsText("cannot be empty");
            assertEquals("[]", api.get("api/v1/stories?product=" + product).body().replace(" ", ""), "nothing stored");
            page.locator("[id='tellForm:body']").fill("Half way across the Atlantic.");
            page.locator("[id='tellForm:stars'] label").filter(new Locator.FilterOptions().setHasText("2 ★")).click();
            page.locator("[id='tellForm:send']").click();
            assertThat(page.locator("[id='stories']")).containsText(storyTitle);
            JsonObject story = api.get("api/v1/stories?product=" + product).jsonArray().getJsonObject(0);
            assertEquals(storyTitle, story.getString("title"));
            assertEquals("problem", story.getString("kind"));
            assertEquals(2, story.getInt("stars"));
            check(page, shot + "4-story-told", problems);

            // Rates the product from its stories (a rating without stars is refused beside the stars).
            page.locator("#rateProduct").click();
            assertThat(page.locator("h1")).hasText("Rate a product");
            page.locator("[id='rateForm:nps'] label").filter(new Locator.FilterOptions().setHasText("9")).first().click();
            page.locator("[id='rateForm:send']").click();
            assertThat(page.locator("[id='rateForm:csatMessage']")).containsText("1 to 5");
            assertEquals("[]", nia.get("api/v1/me/ratings").body().replace(" ", ""), "nothing stored");
            page.locator("[id='rateForm:csat'] label").filter(new Locator.FilterOptions().setHasText("4 stars")).click();
            page.locator("[id='rateForm:comment']").fill("Good, but the battery");
            page.locator("[id='rateForm:send']").click();
            assertThat(page.locator("#mine")).containsText(productName);
            JsonObject rating = nia.get("api/v1/me/ratings").jsonArray().getJsonObject(0);
            assertEquals(4, rating.getInt("csat"));
            assertEquals(9, rating.getInt("nps"));
            check(page, shot + "5-rated", problems);

            // Follows the team from its page: its next status change reaches the member.
            page.navigate(base + "teams/" + team);
            assertThat(page.locator("#teamName")).hasText(teamName);
            page.locator("[id='teamFollow:toggle']").click();
            assertThat(page.locator("[id='teamFollow'] .il-team-follow-state")).containsText("You follow this team");
            check(page, shot + "6-following", problems);
            assertEquals(200, admin.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "planned")).status());
            nia.await("api/v1/me/notifications", reply -> reply.body().contains("\"idea\":" + idea), Duration.ofSeconds(20));
        }
        problems.forEach(System.out::println);
        assertEquals(List.of(), problems);
    }

    private static void check(Page page, String name, List<String> problems) {
        Accessibility.screenshot(page, name);
        Accessibility.problems(page).forEach(problem -> problems.add(name + ": " + problem));
    }
}
