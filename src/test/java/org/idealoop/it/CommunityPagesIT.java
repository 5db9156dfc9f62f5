package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.domain.idea.Slug;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Idea cards, the idea page, the roadmap board and paging as a visitor and a member use them, each journey at
 * 1440 px and at 375 px (a phone). On every page: nothing wider than the window, no raw ISO timestamps.
 * Screenshots of each step go to target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityPagesIT extends BrowserTest {

    static final int[] WIDTHS = {1440, 375};
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @ArquillianResource
    URL base;

    @Test
    void aVisitorReadsTheHomePageOpensAnIdeaItsTeamAndTheRoadmapBoard() throws Exception {
        Api api = new Api(base);
        String[] filing = Crowd.teamWithCategory();
        Members.TestMember pm = Members.withRoles(api, "Rhea Roadmap", Role.PRODUCT_MANAGER);
        assertEquals(204, api.as(Members.admin(api)).putJson("api/v1/teams/" + filing[0] + "/members/" + pm.id(),
                Body.of("owns", "")).status());
        String author = Members.verified(api, "Carla Cards").token();
        String word = Words.unique();
        String tag = "Cards " + word;
        long planned = post(api, author, "Planned card " + word, filing[1], tag);
        Crowd.setStatus(planned, "planned");
        Crowd.setStatus(post(api, author, "Building card " + word, filing[1], tag), "in_progress");
        Crowd.setStatus(post(api, author, "Shipped card " + word, filing[1], tag), "delivered");
        String title = "Offline maps on the train " + word;
        long idea = post(api, author, title, filing[1], tag);
        Api.Reply answered = api.as(pm.token()).postJson("api/v1/ideas/" + idea + "/status",
                Body.of("status", "under_review", "message", "We are looking into offline tiles."));
        assertEquals(200, answered.status(), answered.body());
        assertEquals(201, api.as(author).postJson("api/v1/ideas/" + idea + "/comments",
                Body.of("body", "Tunnels everywhere.")).status());
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);

        for (int width : WIDTHS) {
            page.setViewportSize(width, 800);
            page.navigate(base + "?sort=new");
            Locator card = page.locator(".il-idea[data-number='" + idea + "']");
            assertThat(card.locator(".il-idea-title")).containsText(title);
            assertThat(card.locator(".il-status")).hasText("Under review");
            assertThat(card.locator(".il-idea-category")).hasText("Category " + filing[1]);
            assertThat(card.locator(".il-tag")).hasText("#" + tag);
            assertThat(card.locator(".il-idea-comments")).containsText("1 comment");
            assertThat(card.locator(".il-idea-byline")).containsText("Carla Cards");
            BoundingBox votes = card.locator(".il-votes").boundingBox();
            BoundingBox main = card.locator(".il-idea-main").boundingBox();
            assertTrue(votes.x + votes.width <= main.x, "the score is at the left of the card");
            check("home", width);

            card.locator(".il-idea-title").click();
            assertThat(page.locator("#title")).hasText(title);
            assertThat(page.locator("#status")).hasText("Under review");
            assertThat(page.locator("#officialResponse")).containsText("We are looking into offline tiles.");
            assertThat(page.locator("#responder")).hasText("Rhea Roadmap");
            assertThat(page.locator("#responderRole")).hasText("Product manager");
            assertThat(page.locator("#category")).hasText("Category " + filing[1]);
            assertThat(page.locator("#filing .il-tag")).hasText("#" + tag);
            assertTrue(page.locator("#officialResponse").boundingBox().y < page.locator("#timeline").boundingBox().y,
                    "the response comes before the timeline");
            check("idea", width);

            page.locator("#team").click();
            page.waitForURL("**/teams/" + filing[0]);
            assertThat(page.locator(".il-idea[data-number='" + idea + "']")).hasCount(1);
            assertThat(page.locator(".il-idea")).hasCount(4);
            check("team", width);

            page.navigate(base + "roadmap?team=" + filing[0]);
            String[] columns = {"under_review", "planned", "in_progress", "delivered"};
            assertThat(page.locator("#column-under_review .il-roadmap-card[data-number='" + idea + "']")).containsText(title);
            assertThat(page.locator("#column-planned .il-roadmap-card[data-number='" + planned + "']"))
                    .containsText("Team " + filing[0]);
            assertThat(page.locator("#column-in_progress .il-roadmap-card")).hasCount(1);
            assertThat(page.locator("#column-delivered .il-roadmap-card")).hasCount(1);
            List<BoundingBox> boxes = new ArrayList<>();
            for (String column : columns) {
                boxes.add(page.locator("#column-" + column).boundingBox());
            }
            for (int i = 1; i < boxes.size(); i++) {
                BoundingBox before = boxes.get(i - 1);
                BoundingBox box = boxes.get(i);
                if (width >= 1024) {
                    assertEquals(before.y, box.y, 1, "side by side at " + width);
                    assertTrue(box.x >= before.x + before.width, "column " + columns[i] + " right of the one before");
                } else {
                    assertEquals(before.x, box.x, 1, "stacked at " + width);
                    assertTrue(box.y >= before.y + before.height, "column " + columns[i] + " below the one before");
                }
            }
            check("roadmap", width);
        }
        assertEquals(List.of(), errors, "no JavaScript errors");
    }

    @Test
    void aMemberVotesWithTheKeyboardAndHearsTheNewScore() throws Exception {
        Api api = new Api(base);
        String tag = "Keys " + Words.unique();
        String title = "Keyboard shortcuts for triage " + Words.unique();
        long idea = post(api, Members.verified(api, "Kim Keys").token(), title, null, tag);
        Members.TestMember voter = Members.verified(api, "Vic Keyboard");
        HomePageIT.signIn(page, base, voter.email(), voter.password());

        for (int width : WIDTHS) {
            page.setViewportSize(width, 800);
            page.navigate(base + "tags/" + Slug.of(tag));
            Locator card = page.locator(".il-idea[data-number='" + idea + "']");
            Locator up = card.locator("button[id$=':up']");
            assertThat(up).hasAttribute("aria-label", "Promote: " + title);
            assertThat(up).hasAttribute("aria-pressed", "false");
            assertTrue(up.boundingBox().width >= 44 && up.boundingBox().height >= 44, "a 44 px touch target");
            String id = tabTo(up);

            page.keyboard().press("Enter");
            assertThat(card.locator(".il-score")).hasText("1");
            assertThat(page.locator("#voteAnnouncement")).hasText(title + ": score 1");
            assertThat(up).hasAttribute("aria-pressed", "true");
            assertEquals(id, page.evaluate("document.activeElement.id"), "the focus stays on the button");

            page.keyboard().press("Enter"); // promoting again takes the vote back
            assertThat(card.locator(".il-score")).hasText("0");
            assertThat(page.locator("#voteAnnouncement")).hasText(title + ": score 0");
            assertEquals(id, page.evaluate("document.activeElement.id"));
            check("vote-list", width);

            page.navigate(base + "ideas/" + idea);
            Locator onPage = page.locator("[id='vote:up']");
            tabTo(onPage);
            page.keyboard().press("Enter");
            assertThat(page.locator("[id='vote:score']")).hasText("1");
            assertThat(page.locator("#voteAnnouncement")).hasText(title + ": score 1");
            assertEquals("vote:up", page.evaluate("document.activeElement.id"));
            page.keyboard().press("Enter");
            assertThat(page.locator("[id='vote:score']")).hasText("0");
            assertEquals("vote:up", page.evaluate("document.activeElement.id"));
            check("vote-idea", width);
        }
    }

    @Test
    void loadMoreBringsTheNextIdeasAndBadAddressesGiveAMessageNotAnError() throws Exception {
        Api api = new Api(base);
        String author = Members.verified(api, "Petra Pages").token();
        String tag = "Paged " + Words.unique();
        List<Long> numbers = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            numbers.add(post(api, author, "Paged idea " + i + " " + Words.unique(), null, tag));
        }
        Crowd.setStatus(numbers.get(4), "planned");
        String list = base + "tags/" + Slug.of(tag);

        for (int width : WIDTHS) {
            page.setViewportSize(width, 800);
            page.navigate(list + "?sort=new");
            assertThat(page.locator(".il-idea")).hasCount(20);
            assertThat(page.locator(".il-idea").first()).hasAttribute("data-number", String.valueOf(numbers.get(22)));
            check("paging-1", width);

            page.locator("#loadMore").click();
            assertThat(page.locator(".il-idea")).hasCount(3);
            assertThat(page.locator(".il-idea").last()).hasAttribute("data-number", String.valueOf(numbers.get(0)));
            assertThat(page.locator("#loadMore")).hasCount(0);
            assertThat(page.locator("#sort-new")).hasClass(java.util.regex.Pattern.compile("il-sort-active"));
            check("paging-2", width);

            page.locator("#filter-status").selectOption("planned");
            page.locator("#filter-apply").click();
            assertThat(page.locator(".il-idea")).hasCount(1);
            assertThat(page.locator(".il-idea")).hasAttribute("data-number", String.valueOf(numbers.get(4)));

            Response garbage = page.navigate(list + "?cursor=not-a-cursor%21");
            assertEquals(200, garbage.status());
            assertThat(page.locator("[id='listFeedback']")).containsText("no longer exists");
            assertThat(page.locator(".il-idea")).hasCount(20);
            check("paging-garbage", width);

            Response unknown = page.navigate(base + "?category=no-such-category&status=nonsense");
            assertEquals(200, unknown.status());
            assertThat(page.locator("[id='listFeedback']")).containsText("category");
            assertTrue(page.locator(".il-idea").count() > 0, "the list, unfiltered");

            assertEquals(404, page.navigate(base + "ideas/999999999").status());
            assertEquals(404, page.navigate(base + "teams/no-such-team-" + Words.unique()).status());
            // the visible text: the page's scripts name exception types in PrimeFaces' settings
            assertFalse(page.locator("body").innerText().contains("Exception"), "no stack trace");
        }
    }

    private static long post(Api api, String token, String title, String category, String tag) {
        String body = category == null ? Body.of("title", title, "tags", List.of(tag))
                : Body.of("title", title, "category", category, "tags", List.of(tag));
        Api.Reply reply = api.as(token).postJson("api/v1/ideas", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("number").longValue();
    }

    /** Presses Tab until the control has the focus, as a keyboard user would; its id. */
    private String tabTo(Locator control) {
        String id = control.getAttribute("id");
        for (int presses = 0; presses < 80; presses++) {
            page.keyboard().press("Tab");
            if (id.equals(page.evaluate("document.activeElement && document.activeElement.id"))) {
                return id;
            }
        }
        throw new AssertionError("Tab never reached " + id);
    }

    /** What every page owes every screen: no sideways scrolling, no raw timestamps; and a screenshot. */
    private void check(String step, int width) throws Exception {
        Object widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]");
        List<?> pair = (List<?>) widths;
        assertTrue(((Number) pair.get(0)).intValue() <= ((Number) pair.get(1)).intValue(),
                step + " at " + width + " px is " + pair.get(0) + " px wide");
        String text = (String) page.evaluate("document.body.innerText");
        assertFalse(java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:").matcher(text).find(),
                step + " shows an ISO timestamp");
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("community-" + step + "-" + width + ".png")));
    }
}
