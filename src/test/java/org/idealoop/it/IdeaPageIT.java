package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URL;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The idea page at its readable address: votes, following and the discussion, in a real browser. */
@ExtendWith(ArquillianExtension.class)
class IdeaPageIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void theNumberAloneRedirectsToTheReadableAddress() {
        Api api = new Api(base);
        long number = api.as(Members.verified(api, "Rey Redirect").token())
                .postIdea("Dark mode for the app!", "");

        Api.Reply reply = api.get("ideas/" + number);

        assertEquals(301, reply.status());
        assertTrue(reply.location().endsWith("/ideas/" + number + "-dark-mode-for-the-app"), reply.location());
        assertEquals(200, api.get("ideas/" + number + "-dark-mode-for-the-app").status());
        assertEquals(404, api.get("ideas/999999999-nothing").status());
    }

    @Test
    void aMemberVotesFollowsCommentsAndRepliesOnTheIdeaPage() {
        Api api = new Api(base);
        long number = api.as(Members.verified(api, "Ida Idea").token())
                .postIdea("Offline mode for the mobile app " + Words.unique(), "Cache my **last documents**.");
        Members.TestMember carl = Members.verified(api, "Carl Commenter");
        HomePageIT.signIn(page, base, carl.email(), carl.password());

        page.navigate(base + "ideas/" + number);
        assertThat(page.locator("#title")).containsText("Offline mode");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Offline mode for the mobile app .+ · .+$")); // and the site's name
        assertThat(page.locator("#body strong")).hasText("last documents");
        assertThat(page.locator("#status")).hasText("New");
        assertThat(page.locator("#timeline")).containsText("Posted by Ida Idea");

        assertThat(page.locator("#voteSplit")).hasText("0 promoted, 0 demoted");
        page.locator("[id='vote:up']").click();
        assertThat(page.locator("[id='vote:score']")).hasText("1");
        assertThat(page.locator("#voteSplit")).hasText("1 promoted, 0 demoted"); // the line under the title agrees

        assertThat(page.locator("[id='follow:toggle']")).containsText("Following"); // voting follows
        page.locator("[id='follow:toggle']").click();
        assertThat(page.locator("[id='follow:toggle']")).hasText("Follow");
        assertThat(page.locator("[id='follow:toggle']")).isFocused(); // the re-rendered button keeps the focus
        page.locator("[id='follow:toggle']").click();
        assertThat(page.locator("[id='follow:toggle']")).containsText("Following");

        page.locator("[id='comment:body']").fill("Yes please, on the **train**.");
        page.locator("[id='comment:send']").click();
        Locator first = page.locator(".il-comment").first();
        assertThat(first).containsText("Carl Commenter");
        assertThat(first.locator("strong").last()).hasText("train");

        first.locator("a[id$=':reply']").click();
        page.locator("textarea[id$=':replyBody']").fill("And on planes.");
        page.locator("button[id$=':sendReply']").click();
        assertThat(page.locator(".il-depth-1")).containsText("And on planes.");

        page.locator(".il-comment").first().locator("a[id$=':upvote']").click();
        assertThat(page.locator(".il-comment").first().locator("a[id$=':upvote']")).containsText("1");

        assertEquals(2, api.get("api/v1/ideas/" + number).json().getInt("commentCount"));
    }

    @Test
    void theIdeaPageShowsSimilarIdeas() {
        Api api = new Api(base);
        String author = Members.verified(api, "Sim Similar").token();
        String word = Words.unique();
        long first = api.as(author).postIdea("Solar charging case " + word, "A " + word + " case that charges in the sun");
        long second = api.as(author).postIdea("Solar powered " + word + " dock", "The " + word + " dock, charged by the sun");
        api.await("api/v1/search?q=" + word, r -> r.status() == 200 && r.json().getJsonNumber("total").longValue() == 2,
                java.time.Duration.ofSeconds(30));

        page.navigate(base + "ideas/" + first);

        assertThat(page.locator(".il-similar")).containsText(new String[] {"Solar powered " + word + " dock"});
        assertTrue(second > first);
    }

    @Test
    void emptyCommentGetsAMessageBesideTheField() {
        Api api = new Api(base);
        long number = api.as(Members.verified(api, "Ema Empty").token()).postIdea("Quiet idea " + Words.unique(), "");
        Members.TestMember eve = Members.verified(api, "Eve Empty");
        HomePageIT.signIn(page, base, eve.email(), eve.password());
        page.navigate(base + "ideas/" + number);

        page.locator("[id='comment:send']").click();

        assertThat(page.locator("[id='comment:bodyMessage']")).containsText("Write something");
    }

    @Test
    void aMergeNotificationNamesTheIdeaItWentIntoAndUserTextKeepsItsOwnDirection() {
        Api api = new Api(base);
        Api author = api.as(Members.verified(api, "Mona Merged").token());
        long target = author.postIdea("Merge target for the bell " + Words.unique(), "");
        long duplicate = author.postIdea("Merged duplicate for the bell " + Words.unique(), "");
        Members.TestMember voter = Members.verified(api, "Vic Voter");
        assertEquals(200, api.as(voter.token()).putJson("api/v1/ideas/" + duplicate + "/vote", Body.of("direction", "up")).status());
        Api moderator = api.as(Members.withRoles(api, "Max Merger", Role.MODERATOR).token());
        assertEquals(200, moderator.postJson("api/v1/ideas/" + duplicate + "/merge", Body.of("into", target)).status());

        HomePageIT.signIn(page, base, voter.email(), voter.password());
        page.navigate(base + "notifications");
        assertThat(page.locator(".il-notification[data-idea='" + duplicate + "']")).containsText("Merged into #" + target);

        page.navigate(base + "ideas/" + target);
        // a title in one script inside a page in another is set in its own direction (an English title on an Arabic page)
        assertThat(page.locator("#title")).hasAttribute("dir", "auto");
        assertThat(page.locator("#body")).hasAttribute("dir", "auto");
    }
}
