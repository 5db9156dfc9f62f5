package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A browser per test class (Playwright unpacks its driver on create, so once per class) and a fresh
 * context and page per test, so no test sees another's cookies.
 */
abstract class BrowserTest {

    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** A context of this viewport width (closed by the caller), for the axe checks at a desktop and a phone width. */
    static BrowserContext contextAt(int width) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setBypassCSP(true));
    }

    /** The admin signed in on a new page of the context: with the full header, then narrowed to the width again. */
    static Page adminAt(BrowserContext own, java.net.URL base, int width) {
        Page admin = own.newPage();
        admin.setViewportSize(1440, 900);
        HomePageIT.signIn(admin, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        admin.setViewportSize(width, 900);
        return admin;
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /**
     * Picks the option with this label in a PrimeFaces select-one menu of the page, trying again when the
     * click lands while the panel still moves.
     */
    void choose(String menuId, String label) {
        Locator panel = page.locator("[id='" + menuId + "_panel']");
        Locator shown = page.locator("[id='" + menuId + "_label']");
        for (int attempt = 1; attempt <= 3 && !label.equals(shown.textContent().strip()); attempt++) {
            if (!panel.isVisible()) {
                page.locator("[id='" + menuId + "']").click();
            }
            panel.waitFor();
            page.waitForFunction("id => { const p = document.getElementById(id);"
                    + " return p && getComputedStyle(p).opacity === '1' && !p.getAnimations().length; }", menuId + "_panel");
            panel.locator("li[data-label='" + label + "']").click();
            try {
                assertThat(shown).hasText(label, new LocatorAssertions.HasTextOptions().setTimeout(2_000));
            } catch (AssertionError lost) {
                // the click was lost: try again
            }
        }
        assertThat(shown).hasText(label);
    }
}
