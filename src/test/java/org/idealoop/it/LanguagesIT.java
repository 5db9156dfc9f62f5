package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import org.idealoop.application.Messages;
import org.idealoop.domain.member.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Idealoop speaks its reader's language: the browser's, the footer switch's (remembered), the member's
 * (also for mail); Arabic pages are laid out right to left; the API's problems follow Accept-Language;
 * a language it does not speak falls back to the install's default without an error.
 */
@ExtendWith(ArquillianExtension.class)
class LanguagesIT extends BrowserTest {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @ArquillianResource
    URL base;

    private BrowserContext speaking(String locale, int width) {
        return browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, 900)
                .setBypassCSP(true));
    }

    @Test
    void aGermanBrowserGetsGermanPages() {
        try (BrowserContext german = speaking("de-DE", 1440)) {
            Page de = german.newPage();
            de.navigate(base.toString());
            assertThat(de.locator("html")).hasAttribute("lang", "de");
            assertThat(de.locator("html")).hasAttribute("dir", "ltr");
            assertThat(de.locator("#nav-search")).hasText(Messages.text(GERMAN, "nav.search"));
            assertThat(de.locator("#nav-roadmap")).hasText(Messages.text(GERMAN, "nav.roadmap"));
            de.navigate(base + "roadmap");
            assertThat(de.locator(".il-footer-text")).hasText(Messages.text(GERMAN, "app.footer"));
        }
    }

    @Test
    void aLanguageIdealoopDoesNotSpeakFallsBackToTheDefaultWithoutAnError() {
        Api api = new Api(base);
        Api.Reply home = api.send(HttpRequest.newBuilder(api.base().resolve("")).header("Accept-Language", "tlh, x-klingon;q=0.9").GET());
        assertEquals(200, home.status());
        assertTrue(home.body().contains("lang=\"en\""), "English, the default");
        Api.Reply cookie = api.send(HttpRequest.newBuilder(api.base().resolve("")).header("Cookie", "il_lang=<script>").GET());
        assertEquals(200, cookie.status());
        assertTrue(cookie.body().contains("lang=\"en\""));
        Api.Reply switched = api.send(HttpRequest.newBuilder(api.base().resolve("language"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("to=xx&back=//evil.example/")));
        assertEquals(303, switched.status());
        assertTrue(switched.location().endsWith("/"), "never to another site: " + switched.location());
        assertTrue(!switched.location().contains("evil"), switched.location());
    }

    @Test
    void theFooterSwitchChangesTheLanguageAndRemembersIt() {
        page.navigate(base + "roadmap");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.locator("#language-switch button[value='es']").focus();
        page.keyboard().press("Enter"); // usable from the keyboard
        page.waitForURL("**/roadmap");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("#nav-roadmap")).hasText(Messages.text(SPANISH, "nav.roadmap"));
        assertThat(page.locator("#language-switch button[value='es']")).hasAttribute("aria-pressed", "true");

        page.navigate(base.toString()); // a new page view: the cookie remembers it
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("#nav-search")).hasText(Messages.text(SPANISH, "nav.search"));
    }

    @Test
    void aMembersSwitchIsTheirChoiceForPagesAndMail() {
        Api api = new Api(base);
        Members.TestMember member = Members.verified(api, "Lina Language");
        HomePageIT.signIn(page, base, member.email(), member.password());
        page.locator("#language-switch button[value='fr']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        JsonObject preferences = api.as(member.token()).get("api/v1/me/preferences").json();
        assertEquals("fr", preferences.getString("language"));

        // another browser (English) of the same member: their choice wins over the browser's language
        try (BrowserContext other = speaking("en-US", 1440)) {
            Page elsewhere = other.newPage();
            HomePageIT.signIn(elsewhere, base, member.email(), member.password());
            assertThat(elsewhere.locator("html")).hasAttribute("lang", "fr");
        }
    }

    @Test
    void theMePageSetsLanguageAndTimeZoneAndRefusesNonsenseBesideTheField() {
        Api api = new Api(base);
        Members.TestMember member = Members.verified(api, "Tomo Timezone");
        HomePageIT.signIn(page, base, member.email(), member.password());
        page.navigate(base + "me");
        page.locator("[id='preferences:language']").selectOption("de");
        page.locator("[id='preferences:timeZone']").selectOption("Asia/Tokyo");
        page.locator("[id='preferences:save']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("#feedback")).containsText(Messages.text(GERMAN, "preferences.saved"));
        JsonObject saved = api.as(member.token()).get("api/v1/me/preferences").json();
        assertEquals("de", saved.getString("language"));
        assertEquals("Asia/Tokyo", saved.getString("timeZone"));

        long idea = api.as(member.token()).postIdea("Dates in my own zone " + Words.unique(), "Tokyo time please.");
        page.navigate(base + "ideas/" + idea);
        assertThat(page.locator("time.il-when").first()).hasAttribute("title",
                java.util.regex.Pattern.compile(".*\\(Asia/Tokyo\\)$"));

        Api.Reply unknownLanguage = api.as(member.token()).putJson("api/v1/me/preferences", Body.of("language", "klingon"));
        assertEquals(400, unknownLanguage.status());
        assertTrue(unknownLanguage.contentType().startsWith("application/problem+json"));
        assertEquals("language", unknownLanguage.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                unknownLanguage.body());
        Api.Reply unknownZone = api.as(member.token()).putJson("api/v1/me/preferences",
                Body.of("language", "de", "timeZone", "Mars/Olympus_Mons"));
        assertEquals(400, unknownZone.status());
        assertEquals("timeZone", unknownZone.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject unchanged = api.as(member.token()).get("api/v1/me/preferences").json();
        assertEquals("Asia/Tokyo", unchanged.getString("timeZone"), "nothing stored by a refused change");
    }

    @Test
    void arabicPagesAreRightToLeftWithMirroredNavigation() {
        for (int width : List.of(1440, 375)) {
            try (BrowserContext arabic = speaking("ar", width)) {
                Page ar = arabic.newPage();
                ar.navigate(base.toString());
                assertThat(ar.locator("html")).hasAttribute("dir", "rtl");
                assertThat(ar.locator("html")).hasAttribute("lang", "ar");
                assertThat(ar.locator("#nav-search")).hasText(Messages.text(ARABIC, "nav.search"));
                if (width == 1440) {
                    BoundingBox first = ar.locator("#nav-search").boundingBox();
                    BoundingBox second = ar.locator("#nav-roadmap").boundingBox();
                    assertTrue(first.x > second.x, "the navigation reads from the right: " + first.x + " vs " + second.x);
                    BoundingBox brand = ar.locator(".il-brand").boundingBox();
                    assertTrue(brand.x > width / 2.0, "the brand sits on the right: " + brand.x);
                }
                Accessibility.screenshot(ar, "languages-ar-home-" + width);
                assertEquals(List.of(), Accessibility.problems(ar));
            }
        }
    }

    @Test
    void apiProblemsFollowAcceptLanguage() {
        Api api = new Api(base);
        Members.TestMember member = Members.verified(api, "Paul Probleme");
        for (Locale locale : List.of(FRENCH, GERMAN, Locale.ENGLISH)) {
            Api.Reply refused = api.send(HttpRequest.newBuilder(api.base().resolve("api/v1/ideas"))
                    .header("Authorization", "Bearer " + member.token())
                    .header("Accept-Language", locale.getLanguage() + ";q=0.9, zz;q=1")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Body.of("title", "", "body", "x"))));
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"));
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("title", error.getString("field"));
            assertEquals(Messages.text(locale, "idea.title.required"), error.getString("message"), locale.toString());
        }
    }

    @Test
    void aStatusChangeIsMailedToEachFollowerInTheirLanguage() throws Exception {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String[] filing = Crowd.teamWithCategory();
        Members.TestMember pm = Members.withRoles(api, "Polyglot Manager", Role.PRODUCT_MANAGER);
        assertEquals(204, admin.putJson("api/v1/teams/" + filing[0] + "/members/" + pm.id(), Body.of("owns", "")).status());
        long idea = api.as(Members.verified(api, "Ana Author").token())
                .postJson("api/v1/ideas", Body.of("title", "Subtitles in every language " + Words.unique(), "category", filing[1]))
                .json().getJsonNumber("number").longValue();
        Members.TestMember spanish = Members.verified(api, "Sofía Española");
        Members.TestMember german = Members.verified(api, "Dieter Deutsch");
        assertEquals(200, api.as(spanish.token()).putJson("api/v1/me/preferences", Body.of("language", "es")).status());
        assertEquals(200, api.as(german.token()).putJson("api/v1/me/preferences", Body.of("language", "de")).status());
        for (Members.TestMember voter : List.of(spanish, german)) {
            assertEquals(200, api.as(voter.token()).putJson("api/v1/ideas/" + idea + "/vote", Body.of("direction", "up")).status());
        }
        assertEquals(200, api.as(pm.token()).postJson("api/v1/ideas/" + idea + "/status",
                Body.of("status", "planned", "message", "Coming soon.")).status());

        Mailbox.Received toSpanish = Mailbox.await(spanish.email(), Messages.text(SPANISH, "idea.status.planned"));
        assertTrue(toSpanish.body().contains(Messages.text(SPANISH, "idea.status.new")), toSpanish.body());
        assertTrue(!toSpanish.subject().contains("Planned"), toSpanish.subject());
        Mailbox.Received toGerman = Mailbox.await(german.email(), Messages.text(GERMAN, "idea.status.planned"));
        assertTrue(toGerman.body().contains(Messages.text(GERMAN, "idea.status.new")), toGerman.body());
    }
}
