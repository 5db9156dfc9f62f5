package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /admin/products and /admin/tags: an admin adds, changes and deletes products (not one still rated) and
 * renames, merges and deletes tags; bad input is answered beside the field and stores nothing, and the
 * destructive actions happen only once confirmed. The API operations behind them answer bad input
 * with a problem naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogAdminIT extends BrowserTest {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;

    @BeforeEach
    void clients() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
    }

    @Test
    void anAdminAddsAndChangesAProductAndBadInputIsAnsweredBesideTheFieldStoringNothing() {
        String word = Words.unique();
        Team first = team("Ledgers " + word);
        Team second = team("Payments " + word);
        String slug = "ledger-" + word;
        String name = "Ledger " + word;

        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin");
        page.locator("#group-community a[href$='/admin/products']").click();
        assertThat(page.locator("h1")).hasText("Products");

        page.locator("[id='create:slug']").fill(slug);
        choose("create:team", first.name());
        page.locator("[id='create:add']").click();
        assertThat(page.locator("[id='create:nameMessage']")).containsText("Give the product a name.");
        assertEquals(Optional.empty(), product(slug), "nothing stored");
        assertThat(page.locator("[id='create:team_label']")).hasText(first.name());

        page.locator("[id='create:name']").fill(name);
        page.locator("[id='create:add']").click();
        assertThat(page.locator("#feedback")).containsText("The product " + name + " was added.");
        assertEquals(first.slug(), product(slug).orElseThrow().getString("team"));

        page.locator("[id='create:name']").fill("Another " + name);
        page.locator("[id='create:slug']").fill(slug);
        choose("create:team", second.name());
        page.locator("[id='create:add']").click();
        assertThat(page.locator("[id='create:slugMessage']")).containsText("Another product has this address name already.");
        assertFalse(api.get("api/v1/products").body().contains("Another " + name), "nothing stored");

        page.navigate(base + "admin/products?q=" + word);
        Locator row = page.locator(".il-catalog-row[data-slug='" + slug + "']");
        assertThat(row).containsText(first.name());
        row.locator(".il-catalog-edit").click();
        assertThat(page.locator("[id='edit:name']")).hasValue(name);
        page.locator("[id='edit:name']").fill(" ");
        page.locator("[id='edit:save']").click();
        assertThat(page.locator("[id='edit:nameMessage']")).containsText("Give the product a name.");
        assertEquals(name, product(slug).orElseThrow().getString("name"), "nothing stored");

        page.locator("[id='edit:name']").fill("Ledger Pro " + word);
        choose("edit:team", second.name());
        page.locator("[id='edit:save']").click();
        assertThat(page.locator("#feedback")).containsText("The product Ledger Pro " + word + " was changed.");
        assertThat(page.locator(".il-catalog-row[data-slug='" + slug + "']")).containsText(second.name());
        assertThat(page.locator("#change-heading")).containsText("Ledger Pro " + word);
        JsonObject changed = product(slug).orElseThrow();
        assertEquals("Ledger Pro " + word, changed.getString("name"));
        assertEquals(second.slug(), changed.getString("team"));
        String audit = admin.get("api/v1/audit?type=product&q=" + word).body();
        assertTrue(audit.contains("\"product_create\"") && audit.contains("\"product_change\""), audit);
    }

    @Test
    void aRatedProductIsNotDeletedAndTheReasonIsGivenWhileAnUnusedOneIsDeletedOnceConfirmed() {
        String word = Words.unique();
        Team team = team("Mobile " + word);
        String rated = created(Body.of("name", "Rated app " + word, "team", team.slug()));
        String unused = created(Body.of("name", "Unused app " + word, "team", team.slug()));
        Members.TestMember customer = Members.verified(api, "Rita Rater");
        assertEquals(201, api.as(customer.token()).postJson("api/v1/products/" + rated + "/ratings",
                Body.of("csat", 4, "nps", 9)).status());

        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin/products?product=" + rated);
        assertThat(page.locator(".il-catalog-row[data-slug='" + rated + "'] .il-catalog-ratings")).containsText("1");
        page.locator("[id='edit:delete']").click();
        assertThat(page.locator(".ui-confirm-dialog")).isVisible();
        page.locator("[id='confirmForm:confirmNo']").click();
        assertThat(page.locator(".ui-confirm-dialog")).isHidden();
        assertThat(page.locator("#feedback")).isEmpty();

        page.locator("[id='edit:delete']").click();
        page.locator("[id='confirmForm:confirmYes']").click();
        assertThat(page.locator("#feedback")).containsText("This product can't be deleted: 1 rating and no stories refer to it.");
        assertTrue(product(rated).isPresent(), "still there");

        Api.Reply refused = admin.delete("api/v1/products/" + rated);
        IdeasApiIT.assertProblem(refused, 409, "product");
        assertTrue(refused.json().getString("detail").contains("1 rating and no stories"), refused.body());

        page.navigate(base + "admin/products?product=" + unused);
        page.locator("[id='edit:delete']").click();
        page.locator("[id='confirmForm:confirmYes']").click();
        assertThat(page.locator("#feedback")).containsText("The product Unused app " + word + " was deleted.");
        assertEquals(Optional.empty(), product(unused));
        assertThat(page.locator(".il-catalog-row[data-slug='" + unused + "']")).hasCount(0);
    }

    @Test
    void theProductOperationsAnswerBadInputWithAProblemNamingTheField() {
        String word = Words.unique();
        Team team = team("Api " + word);
        IdeasApiIT.assertProblem(admin.postJson("api/v1/products", Body.of("name", "Lost " + word, "team", "no-such-team")),
                400, "team");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/products", Body.of("name", "Lost " + word)), 400, "team");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/products", Body.of("name", "", "team", team.slug())), 400, "name");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/products", Body.of("name", "Bad slug " + word, "slug", "Not A Slug!",
                "team", team.slug())), 400, "slug");
        assertFalse(api.get("api/v1/products").body().contains(word), "nothing stored");

        String slug = created(Body.of("name", "Api app " + word, "slug", "api-app-" + word, "team", team.slug()));
        IdeasApiIT.assertProblem(admin.postJson("api/v1/products", Body.of("name", "Twin " + word, "slug", slug,
                "team", team.slug())), 409, "slug");
        IdeasApiIT.assertProblem(admin.send("PATCH", "api/v1/products/" + slug, Body.of("team", "no-such-team")), 400, "team");
        IdeasApiIT.assertProblem(admin.send("PATCH", "api/v1/products/" + slug, Body.of("name", "x")), 400, "name");
        assertEquals("Api app " + word, product(slug).orElseThrow().getString("name"), "nothing stored");
        assertEquals(404, admin.send("PATCH", "api/v1/products/no-such-" + word, Body.of("name", "Nobody")).status());
        assertEquals(404, admin.delete("api/v1/products/no-such-" + word).status());
    }

    @Test
    void anAdminRenamesMergesAndDeletesTagsOnlyOnceConfirmedAndSearchFollows() {
        String word = Words.unique();
        String alpha = tag("Alpha " + word);
        String beta = tag("Beta " + word);
        String poster = Members.verified(api, "Tess Tagger").token();
        long both = idea(poster, "Carries both " + word, List.of("Alpha " + word, "Beta " + word));
        long one = idea(poster, "Carries alpha " + word, List.of("Alpha " + word));

        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin");
        page.locator("#group-community a[href$='/admin/tags']").click();
        assertThat(page.locator("h1")).hasText("Tags");
        page.locator("#q").fill(word);
        page.locator("#find").click();
        Locator alphaRow = page.locator(".il-catalog-row[data-slug='" + alpha + "']");
        assertThat(alphaRow.locator(".il-catalog-ideas")).containsText("2");
        alphaRow.locator(".il-catalog-edit").click();

        page.locator("[id='rename:name']").fill("Beta " + word);
        page.locator("[id='rename:save']").click();
        assertThat(page.locator("[id='rename:nameMessage']")).containsText("This tag exists already.");
        assertEquals(List.of("Alpha " + word), tags(one), "nothing stored");

        page.locator("[id='rename:name']").fill("Gamma " + word);
        page.locator("[id='rename:save']").click();
        assertThat(page.locator("#feedback")).containsText("The tag Alpha " + word + " is now called Gamma " + word + ".");
        String gamma = "gamma-" + word;
        assertEquals(List.of("Gamma " + word), tags(one));
        assertEquals(2, SearchIT.total(api.await("api/v1/search?q=" + word + "&tag=" + gamma,
                r -> SearchIT.total(r) == 2, SearchIT.INDEXED)), "the index follows the rename");

        page.locator("[id='merge:into']").fill("No such " + word);
        page.locator("[id='merge:go']").click();
        page.locator("[id='confirmForm:confirmYes']").click();
        assertThat(page.locator("[id='merge:intoMessage']")).containsText("There is no tag with this name.");

        page.locator("[id='merge:into']").fill("Beta " + word);
        page.locator("[id='merge:go']").click();
        assertThat(page.locator(".ui-confirm-dialog")).isVisible();
        page.locator("[id='confirmForm:confirmNo']").click();
        assertThat(page.locator(".ui-confirm-dialog")).isHidden();
        assertTrue(api.get("api/v1/tags").body().contains("\"" + gamma + "\""), "cancel leaves the tag");
        assertEquals(List.of("Beta " + word, "Gamma " + word), tags(both));

        page.locator("[id='merge:go']").click();
        page.locator("[id='confirmForm:confirmYes']").click();
        assertThat(page.locator("#feedback")).containsText("The tag Gamma " + word + " was merged into Beta " + word
                + ", which is now on 2 ideas.");
        assertEquals(List.of("Beta " + word), tags(both), "once, no duplicate");
        assertEquals(List.of("Beta " + word), tags(one));
        assertFalse(api.get("api/v1/tags").body().contains("\"" + gamma + "\""), "the merged tag is gone");
        assertEquals(2, SearchIT.total(api.await("api/v1/search?q=" + word + "&tag=" + beta,
                r -> SearchIT.total(r) == 2, SearchIT.INDEXED)), "the index follows the merge");

        assertThat(page.locator("#picked-facts")).containsText("on 2 ideas");
        assertEquals(List.of(beta), tagFacets(api.get("api/v1/search?q=" + word)));
        page.locator("[id='remove:delete']").click();
        page.locator("[id='confirmForm:confirmNo']").click();
        assertTrue(api.get("api/v1/tags").body().contains("\"" + beta + "\""), "cancel leaves the tag");
        page.locator("[id='remove:delete']").click();
        page.locator("[id='confirmForm:confirmYes']").click();
        assertThat(page.locator("#feedback")).containsText("The tag Beta " + word + " was deleted and taken off 2 ideas.");
        assertEquals(List.of(), tags(both));
        assertFalse(api.get("api/v1/tags").body().contains("\"" + beta + "\""));
        String audit = admin.get("api/v1/audit?type=tag&q=" + word).body();
        assertTrue(audit.contains("\"tag_rename\"") && audit.contains("\"tag_merge\"")
                && audit.contains("\"tag_delete\""), audit);
        Api.Reply facets = api.await("api/v1/search?q=" + word, r -> !tagFacets(r).contains(beta), SearchIT.INDEXED);
        assertEquals(List.of(), tagFacets(facets), "the index follows the delete");
    }

    @Test
    void theTagOperationsAnswerBadInputWithAProblemNamingTheField() {
        String word = Words.unique();
        String one = tag("One " + word);
        String two = tag("Two " + word);
        IdeasApiIT.assertProblem(admin.send("PATCH", "api/v1/tags/" + one, Body.of("name", "<script>")), 400, "name");
        IdeasApiIT.assertProblem(admin.send("PATCH", "api/v1/tags/" + one, Body.of("name", "two " + word)), 409, "name");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/tags/" + one + "/merge", Body.of("into", one)), 400, "into");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/tags/" + one + "/merge", Body.of("into", "none " + word)), 400, "into");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/tags/" + one + "/merge", Body.of()), 400, "into");
        String tags = api.get("api/v1/tags").body();
        assertTrue(tags.contains("\"" + one + "\"") && tags.contains("\"" + two + "\""), "nothing changed");
        assertEquals(404, admin.send("PATCH", "api/v1/tags/no-such-" + word, Body.of("name", "Nobody")).status());
        assertEquals(404, admin.postJson("api/v1/tags/no-such-" + word + "/merge", Body.of("into", two)).status());
        assertEquals(404, admin.delete("api/v1/tags/no-such-" + word).status());

        Api.Reply renamed = admin.send("PATCH", "api/v1/tags/" + one, Body.of("name", "ONE " + word));
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("ONE " + word, renamed.json().getString("name"), "a new spelling of the same slug is no clash");
        assertEquals(one, renamed.json().getString("slug"));
    }

    @Test
    void thePagesAreAccessibleOnADesktopAndAPhoneWithTheQuestionOpen() {
        String word = Words.unique();
        Team team = team("Screens " + word);
        String product = created(Body.of("name", "Screen app " + word, "team", team.slug()));
        String tag = tag("Screen tag " + word);
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1440, 375}) {
            try (BrowserContext own = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, 900).setBypassCSP(true))) {
                Page shown = own.newPage();
                shown.setViewportSize(1440, 900);
                HomePageIT.signIn(shown, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
                shown.setViewportSize(width, 900);
                shown.navigate(base + "admin/products?product=" + product);
                assertThat(shown.locator("[id='edit:save']")).isVisible();
                Accessibility.screenshot(shown, "admin-products-" + width);
                Accessibility.problems(shown).forEach(problem -> problems.add("products " + width + " px: " + problem));
                shown.navigate(base + "admin/tags?tag=" + tag);
                assertThat(shown.locator("[id='rename:save']")).isVisible();
                Accessibility.screenshot(shown, "admin-tags-" + width);
                Accessibility.problems(shown).forEach(problem -> problems.add("tags " + width + " px: " + problem));
                shown.locator("[id='remove:delete']").click();
                assertThat(shown.locator(".ui-confirm-dialog")).isVisible();
                Accessibility.screenshot(shown, "admin-tags-confirm-" + width);
                Accessibility.problems(shown).forEach(problem -> problems.add("confirm " + width + " px: " + problem));
                shown.keyboard().press("Escape");
                assertThat(shown.locator(".ui-confirm-dialog")).isHidden();
                shown.locator("[id='remove:delete']").focus();
                shown.keyboard().press("Enter");
                assertThat(shown.locator(".ui-confirm-dialog")).isVisible();
                shown.keyboard().press("Escape");
                assertThat(shown.locator(".ui-confirm-dialog")).isHidden();
                assertEquals(404, shown.navigate(base + "admin/tags?tag=no-such-" + word).status());
                assertEquals(404, shown.navigate(base + "admin/products?product=no-such-" + word).status());
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(api.get("api/v1/tags").body().contains("\"" + tag + "\""), "opening the question and escaping it deletes nothing");
    }

    private record Team(String slug, String name) {
    }

    private Team team(String name) {
        String slug = name.toLowerCase().replace(' ', '-');
        Api.Reply made = admin.postJson("api/v1/teams", Body.of("name", name, "slug", slug, "slaHours", 48));
        assertEquals(201, made.status(), made.body());
        return new Team(slug, name);
    }

    private String created(String body) {
        Api.Reply made = admin.postJson("api/v1/products", body);
        assertEquals(201, made.status(), made.body());
        return made.json().getString("slug");
    }

    private Optional<JsonObject> product(String slug) {
        return api.get("api/v1/products").jsonArray().stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("slug").equals(slug)).findFirst();
    }

    private String tag(String name) {
        Api.Reply made = admin.postJson("api/v1/tags", Body.of("name", name));
        assertEquals(201, made.status(), made.body());
        return made.json().getString("slug");
    }

    private long idea(String token, String title, List<String> tags) {
        Api.Reply made = api.as(token).postJson("api/v1/ideas", Body.of("title", title, "tags", tags));
        assertEquals(201, made.status(), made.body());
        return made.json().getJsonNumber("number").longValue();
    }

    private List<String> tags(long idea) {
        return api.get("api/v1/ideas/" + idea).json().getJsonArray("tags").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    /** The tag facet of a search: the tags its hits carry. */
    private static List<String> tagFacets(Api.Reply search) {
        assertEquals(200, search.status(), search.body());
        JsonObject facets = search.json().getJsonObject("facets");
        return facets.containsKey("tag") ? facets.getJsonArray("tag").stream()
                .map(f -> ((JsonObject) f).getString("value")).toList() : List.of();
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, as a person does: opens the menu, waits
     * for its panel to finish fading in (a click during the fade can be lost), clicks the option.
     */
}
