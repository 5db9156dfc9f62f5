package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Duplicates while typing: the API, and the new-idea form's "vote for this instead" in a real browser. */
@ExtendWith(ArquillianExtension.class)
class SimilarIdeasIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void aNearDuplicateTitleSuggestsTheOriginal() {
        Api api = new Api(base).as(Members.verified(new Api(base), "Orla Original").token());
        String word = Words.unique();
        long original = api.postIdea("Bulk edit tags on many " + word + " at once", "Select several and retag them.");

        Api.Reply similar = api.await("api/v1/ideas/similar?title=" + Api.encode("Bulk edit of tags for " + word),
                r -> r.status() == 200 && r.body().contains("\"number\":" + original), Duration.ofSeconds(30));

        JsonObject first = similar.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("number").longValue() == original).findFirst().orElseThrow();
        assertEquals("new", first.getString("status"));
        assertEquals(0, first.getInt("score"));
        assertTrue(first.getString("path").startsWith("/ideas/" + original + "-"), first.toString());
        assertTrue(similar.jsonArray().size() <= 5);
    }

    @Test
    void tooLittleTextSuggestsNothingAndTooMuchIsRefused() {
        Api api = new Api(base);
        assertEquals("[]", api.get("api/v1/ideas/similar").body().replace(" ", ""));
        assertEquals("[]", api.get("api/v1/ideas/similar?title=a").body().replace(" ", ""));
        IdeasApiIT.assertProblem(api.get("api/v1/ideas/similar?title=" + "a".repeat(121)), 400, "title");
        IdeasApiIT.assertProblem(api.get("api/v1/ideas/similar?title=ok&body=" + "b".repeat(4_001)), 400, "body");
        assertEquals(200, api.get("api/v1/ideas/similar?title=ok&body=" + "b".repeat(4_000)).status());
    }

    @Test
    void theNewIdeaFormOffersToVoteForTheOriginalInstead() {
        Api api = new Api(base);
        String word = Words.unique();
        long original = api.as(Members.verified(api, "Olga Original").token())
                .postIdea("Calendar sync with " + word + " accounts", "Two-way sync of events.");
        api.await("api/v1/ideas/similar?title=" + Api.encode("calendar sync " + word),
                r -> r.body().contains("\"number\":" + original), Duration.ofSeconds(30));
        Members.TestMember dana = Members.verified(api, "Dana Duplicate");
        HomePageIT.signIn(page, base, dana.email(), dana.password());

        page.navigate(base.toString());
        page.locator("[id='post:title']").pressSequentially("Sync my calendar with " + word);

        var offered = page.locator(".il-similar-idea[data-number='" + original + "']");
        assertThat(offered).containsText("Calendar sync with " + word);
        // by keyboard each button is told apart by the idea it votes for, not "Vote for this instead" n times
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(
                        "Vote for #" + original + " Calendar sync with " + word + " accounts instead"))).hasCount(1);
        offered.locator("button").click();

        page.waitForURL("**/ideas/" + original + "-*");
        assertThat(page.locator("[id='vote:score']")).hasText("1");
        assertEquals(1, api.get("api/v1/ideas/" + original).json().getInt("upVotes"));
    }
}
