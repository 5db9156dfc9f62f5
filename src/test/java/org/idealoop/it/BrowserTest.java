package org.idealoop.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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
}
