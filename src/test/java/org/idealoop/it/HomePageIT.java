package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The home page in a real headless Chromium (Debian's), driven by Playwright. */
@ExtendWith(ArquillianExtension.class)
class HomePageIT extends BrowserTest {

    @ArquillianResource
    URL base;

    static Members.TestMember poster;

    @BeforeEach
    void signInAndOpen() {
        if (poster == null) {
            poster = Members.verified(new Api(base), "Paula Poster");
        }
        signIn(page, base, poster.email(), poster.password());
        page.navigate(base.toString());
    }

    /** Signs in through the sign-in page, as a person would. */
    static void signIn(Page page, URL base, String email, String password) {
        page.navigate(base + "sign-in");
        page.locator("[id='signIn:email']").fill(email);
        page.locator("[id='signIn:password']").fill(password);
        page.locator("[id='signIn:submit']").click();
        assertThat(page.locator("#nav-me")).isVisible();
    }

    @Test
    void postedIdeaIsListedOnTheHomePage() {
        String title = "Bigger fonts in the mobile app " + Words.unique();
        page.locator("[id='post:title']").fill(title);
        page.locator("[id='post:body']").fill("My eyes are not what they were.");
        page.locator("[id='post:submit']").click();

        Locator listed = page.locator(".il-idea").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(listed).hasCount(1);
        assertThat(page.locator(".il-idea").first()).containsText(title);
        assertThat(page.locator("[id='post:title']")).hasValue("");
        page.locator("#posted").click(); // the confirmation leads to the idea
        assertThat(page.locator("#title")).hasText(title);
    }

    @Test
    void anotherMemberPromotesAnIdeaAndTheScoreChangesWithoutReload() {
        String title = "Promote me please " + Words.unique();
        page.locator("[id='post:title']").fill(title);
        page.locator("[id='post:submit']").click();
        assertThat(page.locator(".il-idea").first()).containsText(title);

        Members.TestMember fan = Members.verified(new Api(base), "Fran Fan");
        BrowserContext fanContext = browser.newContext();
        Page fanPage = fanContext.newPage();
        signIn(fanPage, base, fan.email(), fan.password());
        fanPage.navigate(base.toString());
        fanPage.evaluate("window.notReloaded = true");
        Locator row = fanPage.locator(".il-idea").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row.locator(".il-score")).hasText("0");

        row.locator("button[id$=':up']").click();

        assertThat(row.locator(".il-score")).hasText("1");
        assertEquals(true, fanPage.evaluate("window.notReloaded === true"));
        row.locator("button[id$=':up']").click();
        assertThat(row.locator(".il-score")).hasText("0");
        fanContext.close();
    }

    @Test
    void visitorsAreAskedToSignInBeforePosting() {
        BrowserContext anonymous = browser.newContext();
        Page visitor = anonymous.newPage();
        visitor.navigate(base.toString());

        assertThat(visitor.locator("#signInToPost")).isVisible();
        assertThat(visitor.locator("[id='post:title']")).hasCount(0);
        anonymous.close();
    }

    @Test
    void emptyTitleGetsAMessageBesideTheField() {
        int before = page.locator(".il-idea").count();
        page.locator("[id='post:submit']").click();

        assertThat(page.locator("[id='post:titleMessage']")).containsText("title");
        assertEquals(before, page.locator(".il-idea").count());
    }

    @Test
    void tooLongTitleGetsAMessageBesideTheField() {
        assertThat(page.locator("#titleHint")).hasText("5 to 120 characters"); // the rule is said before it is broken
        page.locator("[id='post:title']").fill("t".repeat(200));
        page.locator("[id='post:submit']").click();

        assertThat(page.locator("[id='post:titleMessage']")).containsText("5 to 120");
        assertThat(page.locator("[id='post:title']")).isFocused(); // the focus goes to the refused field
    }

    @Test
    void scriptInATitleIsShownAsTextNeverRun() {
        String title = "<img src=x onerror=\"document.title='owned'\"> " + Words.unique();
        page.locator("[id='post:title']").fill(title);
        page.locator("[id='post:submit']").click();

        assertThat(page.locator(".il-idea-title").first()).hasText(title);
        page.reload();
        assertThat(page.locator(".il-idea-title").first()).hasText(title);
        assertEquals("Idealoop", page.title());
    }
}
