package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The search page and the admin's index rebuild page, in a real browser. */
@ExtendWith(ArquillianExtension.class)
class SearchPageIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void theSearchPageShowsHighlightedHitsFacetsAndSuggestions() {
        Api api = new Api(base).as(Members.verified(new Api(base), "Page Searcher").token());
        String word = Words.unique();
        long idea = api.postIdea("Printable " + word + " receipts", "Receipts as PDF");
        api.postJson("api/v1/ideas/" + idea + "/comments", Body.of("body", "Also " + word + " invoices"));
        api.await("api/v1/search?q=" + word, r -> SearchIT.total(r) == 2, Duration.ofSeconds(30));

        page.navigate(base + "search?q=" + word);

        assertThat(page.locator("#total")).hasText("2 results");
        assertThat(page.locator(".il-hit[data-type='idea'] em")).hasText(word);
        assertThat(page.locator("#facet-status a[data-value='new']")).containsText("New");
        page.locator("#type-comment").click();
        assertThat(page.locator("#total")).hasText("1 results");
        assertThat(page.locator(".il-hit[data-type='comment']")).containsText("Comment on");

        page.locator("[id='search:q_input']").fill("");
        page.locator("[id='search:q_input']").pressSequentially(word.substring(0, 6));
        assertThat(page.locator(".ui-autocomplete-panel")).containsText("Printable " + word + " receipts");
    }

    @Test
    void anAdminRebuildsTheIndexAndWatchesItsProgress() {
        Api admin = new Api(base).as(Members.admin(new Api(base)));
        ReindexIT.idle(admin);
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);

        page.navigate(base + "admin/search");
        page.locator("[id='reindex:start']").click();

        assertThat(page.locator("#state")).hasText("State: done", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(120_000));
        assertThat(page.locator("[id='reindex:bar']")).containsText("100%");
        assertTrue(page.locator("#counts").textContent().contains("documents per second"));
        jakarta.json.JsonObject rebuilt = admin.get("api/v1/admin/search/reindex").json();
        assertEquals("done", rebuilt.getString("state"));
        Api.Reply audited = admin.get("api/v1/audit?type=search&action=search_reindex&id=" + rebuilt.getJsonNumber("id"));
        assertEquals(1, audited.jsonArray().size(), "a rebuild started on the page is audited as from the API: " + audited.body());
    }
}
