package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Light, dark and system themes: the footer switch applies and remembers a pick, "system" follows the
 * browser's prefers-color-scheme, and all three themes (light, dark, the brand example) pass axe-core,
 * contrast included, on home, an idea and the roadmap at a desktop and a phone width.
 */
@ExtendWith(ArquillianExtension.class)
class ThemesIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void darkIsAppliedByKeyboardAndRememberedOnTheNextPages() {
        page.navigate(base.toString());
        assertTrue(pageIsLight(page), "a visitor starts with the light colours (Playwright's browser prefers light)");
        assertThat(page.locator("#theme-system")).hasAttribute("aria-pressed", "true");

        page.locator("#theme-dark").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#theme-dark")).hasAttribute("aria-pressed", "true");
        assertTrue(pageIsDark(page), "dark applies at once");
        assertThat(page.locator("#theme-light")).hasAttribute("aria-pressed", "false");

        page.locator("#nav-roadmap").click();
        page.waitForURL("**/roadmap");
        assertTrue(pageIsDark(page), "dark on the next page");

        Page later = context.newPage();
        later.navigate(base + "stories");
        assertTrue(pageIsDark(later), "dark after a new page load");
        Cookie cookie = context.cookies().stream().filter(c -> c.name.equals("il_theme")).findFirst().orElseThrow();
        assertEquals("dark", cookie.value);
        assertTrue(cookie.expires > Instant.now().plus(Duration.ofDays(360)).getEpochSecond(), "kept for a year");
    }

    @Test
    void theSwitchSendsTheVisitorBackToThePageWithItsQuery() {
        page.navigate(base + "search?q=themes");
        page.locator("#theme-dark").click();
        assertThat(page.locator("#theme-dark")).hasAttribute("aria-pressed", "true");
        assertTrue(page.url().endsWith("/search?q=themes"), page.url());
        assertTrue(pageIsDark(page));
        page.locator("#theme-light").click();
        assertThat(page.locator("#theme-light")).hasAttribute("aria-pressed", "true");
        assertTrue(page.url().endsWith("/search?q=themes"), page.url());
        assertTrue(pageIsLight(page));
    }

    @Test
    void anUnknownThemeIsRefusedAndTheWayBackNeverLeavesTheSite() {
        APIResponse purple = page.request().post(base + "theme", RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("theme", "purple").set("back", "/roadmap")));
        assertEquals(400, purple.status());
        APIResponse away = page.request().post(base + "theme", RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("theme", "dark").set("back", "//evil.example/")));
        assertEquals(303, away.status());
        String location = away.headers().get("location");
        assertTrue(!location.contains("evil.example") && location.endsWith("/"), location);
    }

    @Test
    void systemFollowsPrefersColorScheme() {
        try (BrowserContext darkDevice = browser.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK))) {
            Page phone = darkDevice.newPage();
            phone.navigate(base + "roadmap");
            assertThat(phone.locator("#theme-system")).hasAttribute("aria-pressed", "true");
            assertTrue(pageIsDark(phone), "system + a dark preference gives dark on the first paint");
            phone.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            assertTrue(pageIsLight(phone), "and follows the preference when it changes");

            phone.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            phone.locator("#theme-light").click();
            assertThat(phone.locator("#theme-light")).hasAttribute("aria-pressed", "true");
            assertTrue(pageIsLight(phone), "an explicit pick beats the preference");
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1440, 375})
    void everyThemePassesAxeOnHomeIdeaAndRoadmap(int width) {
        Api api = new Api(base);
        Api author = api.as(Members.verified(api, "Theme Author").token());
        long idea = author.postIdea("Themed idea " + Words.unique(), "A body with **Markdown** and a [link](https://example.com).");
        author.postJson("api/v1/ideas/" + idea + "/comments", Body.of("body", "A comment with `code`."));
        // planned, with an official answer: the roadmap has a card and the idea its response and status colours
        Api.Reply planned = api.as(Members.admin(api)).postJson("api/v1/ideas/" + idea + "/status",
                Body.of("status", "planned", "message", "On the roadmap for the next quarter."));
        assertEquals(200, planned.status(), planned.body());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "");
        pages.put("idea", "ideas/" + idea);
        pages.put("roadmap", "roadmap");

        List<String> problems = new ArrayList<>();
        for (String theme : List.of("light", "dark", "brand")) {
            try (BrowserContext own = contextAt(width)) {
                wear(own, theme);
                Page visitor = own.newPage();
                for (Map.Entry<String, String> entry : pages.entrySet()) {
                    visitor.navigate(base + entry.getValue());
                    visitor.waitForLoadState();
                    assertEquals(theme.equals("dark"), pageIsDark(visitor), theme + " on " + entry.getKey());
                    if (theme.equals("brand")) {
                        assertTrue(visitor.locator(".il-brand img").getAttribute("src").contains("brand/logo.svg"),
                                "the brand example's own logo");
                    }
                    Accessibility.screenshot(visitor, "theme-" + theme + "-" + entry.getKey() + "-" + width);
                    for (String problem : Accessibility.problems(visitor)) {
                        problems.add(theme + " " + entry.getKey() + " @" + width + "px: " + problem);
                    }
                }
            } finally {
                unwear(theme);
            }
        }
        problems.forEach(System.out::println);
        assertEquals(List.of(), problems);
    }

    /** Staff pages in dark: axe, and screenshots to look at (admin, inbox, moderation, dashboard ...). */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1440, 375})
    void staffPagesAreReadableInDark(int width) {
        // one flagged idea, so that the moderator's desk shows an item (dismissed again at the end)
        Api api = new Api(base);
        long flagged = api.as(Members.verified(api, "Dark Author").token()).postIdea("Flag me in the dark " + Words.unique(), "");
        Api.Reply flag = api.as(Members.verified(api, "Dark Flagger").token())
                .postJson("api/v1/flags", Body.of("type", "idea", "id", flagged, "reason", "spam"));
        assertTrue(flag.status() < 300, flag.body());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("new-idea-form", "");
        pages.put("admin", "admin");
        pages.put("inbox", "inbox");
        pages.put("dashboard", "dashboard");
        pages.put("moderation", "moderation");
        pages.put("admin-members", "admin/members");
        pages.put("admin-workflow", "admin/workflow");
        pages.put("admin-webhooks", "admin/webhooks");
        pages.put("me", "me");
        List<String> problems = new ArrayList<>();
        try (BrowserContext own = contextAt(width)) {
            wear(own, "dark");
            Page admin = adminAt(own, base, width);
            for (Map.Entry<String, String> entry : pages.entrySet()) {
                admin.navigate(base + entry.getValue());
                admin.waitForLoadState();
                assertTrue(pageIsDark(admin), entry.getKey());
                Accessibility.screenshot(admin, "theme-dark-staff-" + entry.getKey() + "-" + width);
                for (String problem : Accessibility.seriousViolations(admin)) {
                    problems.add("dark " + entry.getKey() + " @" + width + "px: " + problem);
                }
            }
        } finally {
            api.as(Members.admin(api)).postJson("api/v1/moderation/actions",
                    Body.of("action", "dismiss", "type", "idea", "id", flagged, "reason", "theme test"));
        }
        problems.forEach(System.out::println);
        assertEquals(List.of(), problems);
    }

    /** What axe cannot judge in dark, kept as screenshots to look at: the phone menu, the focus ring, a dialog. */
    @Test
    void darkMenuFocusAndDialogScreenshots() {
        Api api = new Api(base);
        long idea = api.as(Members.verified(api, "Dialog Author").token()).postIdea("Dialog idea " + Words.unique(), "Body.");
        try (BrowserContext own = contextAt(375)) {
            wear(own, "dark");
            Page phone = adminAt(own, base, 375);
            phone.navigate(base + "ideas/" + idea);
            phone.locator("#menuToggle").click();
            assertThat(phone.locator("#menuToggle")).hasAttribute("aria-expanded", "true");
            Accessibility.screenshot(phone, "theme-dark-menu-375");
            phone.keyboard().press("Escape");
            phone.locator("#theme-light").focus();
            Accessibility.screenshot(phone, "theme-dark-focus-375");
            phone.locator(".il-flag-open").first().click();
            assertThat(phone.locator("[id='flagDialog']")).isVisible();
            Accessibility.screenshot(phone, "theme-dark-dialog-375");
            assertEquals(List.of(), Accessibility.seriousViolations(phone));
        }
    }

    /**
     * Puts the context in a theme. Light and dark are picks (the cookie); the brand example is the light
     * slot of an install whose default theme an admin set to "brand" (undone by {@link #unwear}).
     */
    private void wear(BrowserContext own, String theme) {
        String pick = theme.equals("brand") ? "light" : theme;
        own.addCookies(List.of(new Cookie("il_theme", pick).setUrl(base.toString())));
        if (theme.equals("brand")) {
            Api api = new Api(base);
            Api.Reply branded = api.as(Members.admin(api)).putJson("api/v1/admin/branding", Json.createObjectBuilder()
                    .add("communityName", "Idealoop").add("tagline", "").add("primaryColour", "#0f766e")
                    .add("footerLinks", Json.createArrayBuilder()).add("defaultLanguage", "en")
                    .add("defaultTheme", "brand").build().toString());
            assertEquals(200, branded.status(), branded.body());
        }
    }

    /** The built-in branding again, after a theme that needed the install's default. */
    private void unwear(String theme) {
        if (theme.equals("brand")) {
            Api api = new Api(base);
            assertEquals(204, api.as(Members.admin(api)).delete("api/v1/admin/branding").status());
        }
    }

    private static boolean pageIsDark(Page page) {
        return backgroundLuminance(page) < 0.1;
    }

    private static boolean pageIsLight(Page page) {
        return backgroundLuminance(page) > 0.8;
    }

    /** The relative luminance (WCAG) of the body's computed background colour. */
    private static double backgroundLuminance(Page page) {
        String rgb = (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
