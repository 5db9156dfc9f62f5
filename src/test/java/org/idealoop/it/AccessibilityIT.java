package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page a customer or staff member meets, at a desktop and a phone width: axe-core reports no
 * serious or critical violation, no page is wider than the screen, no raw timestamp is shown. The test
 * prints the rule ids it finds and keeps a screenshot of each page under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1440, 375})
    void everyPageIsAccessibleAndFitsTheScreen(int width) {
        Api api = new Api(base);
        Api author = api.as(Members.verified(api, "Axe Author").token());
        long idea = author.postIdea("Accessible idea " + Words.unique(), "A body with **Markdown**.");
        author.postJson("api/v1/ideas/" + idea + "/comments", Body.of("body", "A first comment"));
        // Long unbroken words (a URL, a part number) must break inside the card, not widen the page.
        long unbroken = author.postIdea("Part" + "X".repeat(70) + Words.unique(),
                "See https://example.com/" + "very-long-path-".repeat(12));
        author.postJson("api/v1/ideas/" + unbroken + "/comments", Body.of("body", "Y".repeat(150)));

        Map<String, String> visitorPages = new LinkedHashMap<>();
        visitorPages.put("home", "");
        visitorPages.put("idea", "ideas/" + idea);
        visitorPages.put("idea-with-long-words", "ideas/" + unbroken);
        visitorPages.put("search", "search?q=accessible");
        visitorPages.put("roadmap", "roadmap");
        visitorPages.put("stories", "stories");
        visitorPages.put("staff", "staff");
        visitorPages.put("sign-up", "sign-up");
        visitorPages.put("sign-in", "sign-in");
        Map<String, String> staffPages = new LinkedHashMap<>();
        staffPages.put("new-idea-form", "");
        staffPages.put("me", "me");
        staffPages.put("notifications", "notifications");
        staffPages.put("inbox", "inbox");
        staffPages.put("dashboard", "dashboard");
        staffPages.put("moderation", "moderation");
        staffPages.put("admin", "admin");
        staffPages.put("admin-teams", "admin/teams");
        Api.Reply team = api.as(Members.admin(api)).postJson("api/v1/teams", Body.of("name", "Axe team " + Words.unique()));
        assertEquals(201, team.status(), team.body());
        staffPages.put("admin-team", "admin/team?team=" + team.json().getString("slug"));
        staffPages.put("audit", "admin/audit");
        staffPages.put("admin-workflow", "admin/workflow");
        staffPages.put("admin-blocked-words", "admin/blocked-words");
        staffPages.put("admin-moderation-settings", "admin/moderation-settings");
        staffPages.put("admin-branding", "admin/branding");
        staffPages.put("admin-products", "admin/products");
        staffPages.put("admin-tags", "admin/tags");
        staffPages.put("admin-webhooks", "admin/webhooks");
        staffPages.put("admin-members", "admin/members");
        staffPages.put("admin-member", "admin/members?member=" + Members.verified(api, "Accessible Member").id());
        staffPages.put("admin-mail", "admin/mail");
        staffPages.put("admin-accounts", "admin/accounts");

        List<String> problems = new ArrayList<>();
        try (BrowserContext visitor = narrow(browser, width)) {
            check(visitor.newPage(), visitorPages, width, problems);
        }
        try (BrowserContext admin = narrow(browser, width)) {
            Page page = admin.newPage();
            page.setViewportSize(1440, 900); // sign in with the full header, then narrow again
            HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
            page.setViewportSize(width, 900);
            check(page, staffPages, width, problems);
        }
        problems.forEach(System.out::println);
        assertEquals(List.of(), problems);
    }

    private static BrowserContext narrow(Browser browser, int width) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setBypassCSP(true));
    }

    private void check(Page page, Map<String, String> pages, int width, List<String> problems) {
        for (Map.Entry<String, String> entry : pages.entrySet()) {
            page.navigate(base + entry.getValue());
            page.waitForLoadState();
            Accessibility.screenshot(page, "a11y-" + entry.getKey() + "-" + width);
            for (String problem : Accessibility.problems(page)) {
                problems.add(entry.getKey() + " @" + width + "px: " + problem);
            }
        }
    }
}
