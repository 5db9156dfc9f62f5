package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.idealoop.application.CurrentLanguage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unknown ideas, teams, categories, tags, products and stories show the site's own 404 page, not a bare one. */
@ExtendWith(ArquillianExtension.class)
class ErrorPagesIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1440, 375})
    void aBadAddressShowsTheStyledNotFoundPage(int width) {
        List<String> problems = new ArrayList<>();
        try (BrowserContext visitor = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900).setBypassCSP(true))) {
            Page page = visitor.newPage();
            for (String address : List.of("ideas/987654321", "teams/no-such-team", "categories/no-such-category",
                    "tags/no-such-tag", "stories?product=no-such-product", "stories?id=987654321",
                    "ratings?product=no-such-product")) {
                assertEquals(404, page.navigate(base + address).status(), address);
                assertThat(page.locator("header.il-header")).isVisible();
                assertThat(page.locator("h1")).hasText("Not found");
                assertThat(page.locator("#back")).isVisible();
                assertEquals("rgb(15, 118, 110)", page.locator("header.il-header")
                        .evaluate("e => getComputedStyle(e).backgroundColor"), "the theme's stylesheet is applied");
                Accessibility.problems(page).forEach(p -> problems.add(address + ": " + p));
            }
            Accessibility.screenshot(page, "not-found-" + width);
            page.navigate(base + "error.jsp");
            assertThat(page.locator("h1")).hasText("Something went wrong");
            assertEquals("rgb(15, 118, 110)", page.locator("header.il-header")
                    .evaluate("e => getComputedStyle(e).backgroundColor"), "the 500 page links the theme too");
            Accessibility.problems(page).forEach(p -> problems.add("error.jsp: " + p));
            Accessibility.screenshot(page, "error-" + width);
        }
        assertEquals(List.of(), problems);
    }

    /** The 500 page speaks the language the pages would: the browser's, or the one the switch remembered. */
    @Test
    void theFailurePageSpeaksTheVisitorsLanguage() {
        try (BrowserContext german = browser.newContext(new Browser.NewContextOptions().setLocale("de-AT"))) {
            Page page = german.newPage();
            page.navigate(base + "error.jsp");
            assertThat(page.locator("html")).hasAttribute("lang", "de");
            assertThat(page.locator("html")).hasAttribute("dir", "ltr");
            assertThat(page.locator("h1")).hasText(title("de"));
        }
        try (BrowserContext chose = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            chose.addCookies(List.of(new Cookie(CurrentLanguage.COOKIE, "ar").setUrl(base.toString())));
            Page page = chose.newPage();
            page.navigate(base + "error.jsp");
            assertThat(page.locator("html")).hasAttribute("lang", "ar");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator("h1")).hasText(title("ar"));
            assertEquals(List.of(), Accessibility.problems(page));
            Accessibility.screenshot(page, "error-ar");
        }
    }

    private static String title(String language) {
        return ResourceBundle.getBundle("org.idealoop.messages", Locale.forLanguageTag(language))
                .getString("error.failed.title");
    }
}
