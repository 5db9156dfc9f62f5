package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A newcomer in a real browser: signs up, confirms through the mail, signs in, sees the profile. */
@ExtendWith(ArquillianExtension.class)
class AccountBrowserIT extends BrowserTest {

    @ArquillianResource
    URL base;

    @Test
    void signUpVerifyThroughTheMailSignInAndSeeTheProfile() {
        String email = Members.newEmail("Bea");
        page.navigate(base + "sign-up");
        assertThat(page.locator("#verification-note")).containsText("confirmed your e-mail");
        page.locator("[id='signUp:email']").fill(email);
        page.locator("[id='signUp:displayName']").fill("Bea Browser");
        page.locator("[id='signUp:password']").fill(Members.PASSWORD);
        page.locator("[id='signUp:submit']").click();
        assertThat(page.locator("body")).containsText("We sent a link to " + email);

        page.navigate(base + Mailbox.await(email, "Confirm your e-mail").linkPath());
        assertThat(page.locator("#outcome")).containsText("is confirmed");

        HomePageIT.signIn(page, base, email, Members.PASSWORD);
        page.navigate(base + "me");
        assertThat(page.locator("#me-name")).hasText("Bea Browser");
        assertThat(page.locator("#me-email")).hasText(email);
        assertThat(page.locator("[id='verification:resend']")).hasCount(0);
    }

    @Test
    void badSignUpShowsTheMessageBesideTheField() {
        page.navigate(base + "sign-up");
        page.locator("[id='signUp:email']").fill("someone@localhost"); // the browser lets it through; Idealoop does not
        page.locator("[id='signUp:displayName']").fill("Bad Input");
        page.locator("[id='signUp:password']").fill("short");
        page.locator("[id='signUp:submit']").click();

        assertThat(page.locator("[id='signUp:emailMessage']")).containsText("not a valid e-mail address");
        assertThat(page.locator("[id='signUp:passwordMessage']")).containsText("at least 10 characters"); // at once

        page.navigate(base + "sign-up");
        page.locator("[id='signUp:submit']").click();
        assertThat(page.locator("[id='signUp:emailMessage']")).not().isEmpty();
        assertThat(page.locator("[id='signUp:displayNameMessage']")).not().isEmpty();
        assertThat(page.locator("[id='signUp:passwordMessage']")).containsText("Choose a password");
    }

    @Test
    void wrongPasswordShowsAMessageAndSignsNobodyIn() {
        Members.TestMember wanda = Members.verified(new Api(base), "Wanda Wrong");
        page.navigate(base + "sign-in");
        page.locator("[id='signIn:email']").fill(wanda.email());
        page.locator("[id='signIn:password']").fill("certainly not it");
        page.locator("[id='signIn:submit']").click();

        assertThat(page.locator("[id='signIn:passwordMessage']")).containsText("not right");
        assertThat(page.locator("#nav-sign-in")).isVisible();
    }

    @Test
    void anEmptySignInSaysWhatIsMissingBesideEachField() {
        page.navigate(base + "sign-in");
        page.locator("[id='signIn:submit']").click();

        assertThat(page.locator("[id='signIn:emailMessage']")).containsText("Give your e-mail address");
        assertThat(page.locator("[id='signIn:passwordMessage']")).containsText("Give your password");
        assertThat(page.locator("[id='signIn:email']")).isFocused(); // the page starts on the first refused field
        assertThat(page.locator("#nav-sign-in")).isVisible();
    }

    @Test
    void protectedPageSendsVisitorsToSignInAndBackAfterwards() {
        Members.TestMember nico = Members.verified(new Api(base), "Nico Next");
        page.navigate(base + "me");
        assertThat(page.locator("[id='signIn:email']")).isVisible();

        page.locator("[id='signIn:email']").fill(nico.email());
        page.locator("[id='signIn:password']").fill(nico.password());
        page.locator("[id='signIn:submit']").click();

        assertThat(page.locator("#me-name")).hasText("Nico Next");
    }

    @Test
    void cookieSessionApiCallsNeedTheCsrfToken() {
        Members.TestMember cora = Members.verified(new Api(base), "Cora Csrf");
        HomePageIT.signIn(page, base, cora.email(), cora.password());

        APIResponse withoutToken = page.request().post(base + "api/v1/me/tokens",
                RequestOptions.create().setHeader("Content-Type", "application/json").setData("{\"name\":\"x\"}"));
        assertEquals(403, withoutToken.status(), withoutToken.text());

        String csrf = jakarta.json.Json.createReader(new java.io.StringReader(page.request().get(base + "api/v1/me").text()))
                .readObject().getString("csrfToken");
        APIResponse withToken = page.request().post(base + "api/v1/me/tokens",
                RequestOptions.create().setHeader("Content-Type", "application/json")
                        .setHeader("X-CSRF-Token", csrf).setData("{\"name\":\"from the browser\"}"));
        assertEquals(201, withToken.status(), withToken.text());
    }

    @Test
    void changingThePasswordElsewhereEndsThisBrowsersSession() {
        Members.TestMember pat = Members.verified(new Api(base), "Pat Elsewhere");
        HomePageIT.signIn(page, base, pat.email(), pat.password());

        assertEquals(204, new Api(base).as(pat.token()).putJson("api/v1/me/password",
                Body.of("currentPassword", pat.password(), "newPassword", "a different passphrase")).status());
        page.navigate(base + "me");

        assertThat(page.locator("[id='signIn:email']")).isVisible();
    }

    @Test
    void changingThePasswordOnTheAccountPageKeepsThatSession() {
        Members.TestMember kim = Members.verified(new Api(base), "Kim Keeps");
        HomePageIT.signIn(page, base, kim.email(), kim.password());
        page.navigate(base + "me");

        page.locator("[id='password:currentPassword']").fill(kim.password());
        page.locator("[id='password:newPassword']").fill("my new long passphrase");
        page.locator("[id='password:submit']").click();

        assertThat(page.locator("body")).containsText("Your password is changed");
        page.navigate(base + "me");
        assertThat(page.locator("#me-name")).hasText("Kim Keeps");
    }

    @Test
    void signingOutEndsTheSession() {
        Members.TestMember otto = Members.verified(new Api(base), "Otto Out");
        HomePageIT.signIn(page, base, otto.email(), otto.password());

        page.locator("[id='signOut:go']").click();

        assertThat(page.locator("#nav-sign-in")).isVisible();
        assertEquals(401, page.request().get(base + "api/v1/me").status());
    }

    @Test
    void rememberMeKeepsTheMemberSignedInAfterTheSessionEnds() {
        Members.TestMember remi = Members.verified(new Api(base), "Remi Remember");
        page.navigate(base + "sign-in");
        page.locator("[id='signIn:email']").fill(remi.email());
        page.locator("[id='signIn:password']").fill(remi.password());
        page.locator("[id='signIn:remember'] .ui-chkbox-box").click();
        page.locator("[id='signIn:submit']").click();
        assertThat(page.locator("#nav-me")).isVisible();

        context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        page.navigate(base + "me");

        assertThat(page.locator("#me-name")).hasText("Remi Remember");
    }

    @Test
    void signInAfterTheSessionExpiredShowsTheFormAgainWithTheMessageAndTheEmail() {
        Members.TestMember ella = Members.verified(new Api(base), "Ella Expired");
        page.navigate(base + "sign-in");
        page.locator("[id='signIn:email']").fill(ella.email());
        page.locator("[id='signIn:password']").fill(ella.password());
        context.clearCookies(); // the session, and with it the form's view state, is gone

        Response answer = page.waitForResponse(r -> "POST".equals(r.request().method()),
                () -> page.locator("[id='signIn:submit']").click());

        assertEquals(200, answer.status());
        assertThat(page.locator("#session-expired")).hasText("Your session expired; please submit again.");
        assertThat(page.locator("[id='signIn:email']")).hasValue(ella.email());
        assertThat(page.locator("[id='signIn:password']")).hasValue("");
        assertThat(page.locator("#nav-sign-in")).isVisible();
        page.locator("[id='signIn:password']").fill(ella.password());
        page.locator("[id='signIn:submit']").click();
        assertThat(page.locator("#nav-me")).isVisible();
    }

    @Test
    void signUpAfterTheSessionExpiredKeepsWhatWasTypedButThePasswordAndStoresNothing() throws Exception {
        String email = Members.newEmail("Ezra");
        page.navigate(base + "sign-up");
        page.locator("[id='signUp:email']").fill(email);
        page.locator("[id='signUp:displayName']").fill("Ezra Expired");
        page.locator("[id='signUp:password']").fill(Members.PASSWORD);
        context.clearCookies();

        Response answer = page.waitForResponse(r -> "POST".equals(r.request().method()),
                () -> page.locator("[id='signUp:submit']").click());

        assertEquals(200, answer.status());
        assertThat(page.locator("#session-expired")).isVisible();
        assertThat(page.locator("[id='signUp:email']")).hasValue(email);
        assertThat(page.locator("[id='signUp:displayName']")).hasValue("Ezra Expired");
        assertThat(page.locator("[id='signUp:password']")).hasValue("");
        assertEquals(0, Crowd.count("SELECT COUNT(*) FROM member WHERE email = '" + email + "'"));
    }

    @Test
    void forgotPasswordAfterTheSessionExpiredShowsTheFormAgain() {
        String email = Members.newEmail("Fay");
        page.navigate(base + "forgot-password");
        page.locator("[id='forgot:email']").fill(email);
        context.clearCookies();

        Response answer = page.waitForResponse(r -> "POST".equals(r.request().method()),
                () -> page.locator("[id='forgot:submit']").click());

        assertEquals(200, answer.status());
        assertThat(page.locator("#session-expired")).isVisible();
        assertThat(page.locator("[id='forgot:email']")).hasValue(email);
    }

    @Test
    void tooManyResetRequestsShowTheLimitBesideTheField() {
        BrowserContext behindProxy = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-For", AbuseLimitsIT.freshAddress())));
        try {
            Page proxied = behindProxy.newPage();
            String email = Members.newEmail("Fay Flood");
            for (int i = 0; i < AbuseLimitsIT.RESETS; i++) {
                proxied.navigate(base + "forgot-password");
                proxied.locator("[id='forgot:email']").fill(email);
                proxied.locator("[id='forgot:submit']").click();
                assertThat(proxied.locator("[id='forgot:feedback']")).containsText("on its way");
            }

            proxied.navigate(base + "forgot-password");
            proxied.locator("[id='forgot:email']").fill(email);
            proxied.locator("[id='forgot:submit']").click();

            assertThat(proxied.locator("[id='forgot:emailMessage']")).containsText("Too many password-reset requests");
        } finally {
            behindProxy.close();
        }
    }
}
