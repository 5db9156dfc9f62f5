package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /admin/webhooks against a receiver the test runs: an admin registers a webhook, sends a test and reads
 * the delivery in its log; a failing receiver shows in the log and a replay delivers; bad addresses are
 * answered beside the field; disabling and removing ask first.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksPageIT extends BrowserTest {

    static final Duration ARRIVES = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    WebhooksIT.Receiver receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop();
        }
    }

    @Test
    void anAdminRegistersAWebhookSendsATestAndReadsTheSignedDeliveryInItsLog() throws Exception {
        receiver = WebhooksIT.Receiver.start(0);
        String secret = "page-secret-" + Words.unique();
        String url = receiver.url() + "?page=" + Words.unique();
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin");
        page.locator("#group-integrations a[href$='/admin/webhooks']").click();
        assertThat(page.locator("h1")).hasText("Webhooks");

        long hook = register(url, secret);
        assertThat(page.locator("[id='create:createFeedback']")).containsText(secret);
        Locator row = row(url);
        assertThat(row).containsText("All teams");
        assertThat(row).containsText("no deliveries yet");

        row.locator(".il-webhook-test").focus(); // by keyboard: the button takes focus and Enter sends
        page.keyboard().press("Enter");
        assertThat(page.locator("[id='hooks:hooksFeedback']")).containsText("A test delivery");
        Locator delivered = awaitLog(hook, ".il-delivery-ok");
        assertThat(delivered.locator(".il-delivery-event")).hasText("webhook.ping");
        assertThat(delivered.locator(".il-attempt-result")).hasText("HTTP 200");
        assertThat(delivered.locator("time.il-when").first()).isVisible();
        assertThat(row(url)).containsText("last delivery delivered (HTTP 200)");

        List<WebhooksIT.Received> requests = receiver.await(1);
        assertEquals(1, requests.size());
        WebhooksIT.Received ping = requests.get(0);
        assertEquals("sha256=" + WebhooksIT.hmac(secret, ping.body()), ping.header("X-Idealoop-Signature"));
        assertEquals("webhook.ping", ping.header("X-Idealoop-Event"));
        assertTrue(ping.text().contains("\"event\":\"webhook.ping\""), ping.text());
        assertEquals(delivered.getAttribute("data-id"), ping.header("X-Idealoop-Delivery"));

        assertAudited(hook, "webhook_add");
        assertAudited(hook, "webhook_test");

        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1440, 375}) {
            try (BrowserContext own = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, 900).setBypassCSP(true))) {
                Page admin = own.newPage();
                admin.setViewportSize(1440, 900);
                HomePageIT.signIn(admin, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
                admin.setViewportSize(width, 900);
                admin.navigate(base + "admin/webhooks?webhook=" + hook);
                assertThat(admin.locator(".il-delivery").first()).isVisible();
                Accessibility.screenshot(admin, "admin-webhooks-" + width);
                Accessibility.problems(admin).forEach(problem -> problems.add(width + " px: " + problem));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(404, page.navigate(base + "admin/webhooks?webhook=999999999").status());
    }

    @Test
    void aFailingReceiverShowsInTheLogAndAReplayDeliversOnceItAnswers() throws Exception {
        receiver = WebhooksIT.Receiver.start(0);
        receiver.answer(500);
        String secret = "replay-secret-" + Words.unique();
        String url = receiver.url() + "?replay=" + Words.unique();
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin/webhooks");
        long hook = register(url, secret);

        row(url).locator(".il-webhook-test").click();
        awaitLog(hook, ".il-delivery-failed .il-attempt");
        Locator failed = page.locator(".il-delivery-failed").first();
        assertThat(failed.locator(".il-delivery-state")).hasText("not delivered yet (retried)");
        assertThat(failed.locator(".il-attempt-result").first()).hasText("HTTP 500");
        assertThat(row(url)).containsText("last delivery failed (HTTP 500)");
        assertThat(row(url).locator(".il-webhook-failing")).hasText("1 failing");
        String failedId = failed.getAttribute("data-id");

        receiver.answer(200);
        failed.locator(".il-delivery-replay").click();
        assertThat(page.locator("[id='deliveries:logFeedback']")).containsText("Delivery " + failedId + " was queued again");
        long replayed = Long.parseLong(page.locator("[id='deliveries:logFeedback']").innerText()
                .replaceAll("(?s).*as delivery (\\d+).*", "$1"));
        Locator again = awaitLog(hook, ".il-delivery-ok[data-id='" + replayed + "']");
        assertThat(again.locator(".il-attempt-result")).hasText("HTTP 200");
        assertTrue(receiver.received().stream().anyMatch(r -> r.header("X-Idealoop-Delivery").equals(Long.toString(replayed))
                && r.header("X-Idealoop-Signature").equals("sha256=" + hmac(secret, r))), "the replay arrived, signed");

        assertAudited(hook, "webhook_test");
        assertAudited(hook, "webhook_replay");
    }

    @Test
    void badAddressesAreAnsweredBesideTheFieldAndNothingIsStored() {
        String marker = "bad-" + Words.unique();
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin/webhooks");

        for (String url : List.of("ftp://hooks.example.com/" + marker, "not-a-url-" + marker)) {
            page.locator("[id='create:url']").fill(url);
            submit(page.locator("[id='create:add']"));
            assertThat(page.locator("[id='create:urlMessage']"))
                    .containsText("Enter an absolute http or https address of at most 500 characters.");
        }
        page.locator("[id='create:url']").fill("http://10.0.0.1/" + marker);
        submit(page.locator("[id='create:add']"));
        assertThat(page.locator("[id='create:urlMessage']")).containsText("Webhooks post only to public addresses");
        page.locator("[id='create:url']").fill("https://hooks.example.test/" + marker);
        page.locator("[id='create:secret']").fill("short");
        submit(page.locator("[id='create:add']"));
        assertThat(page.locator("[id='create:secretMessage']")).containsText("16 to 100 characters");

        Api api = new Api(base);
        String listed = api.as(Members.admin(api)).get("api/v1/admin/webhooks").body();
        assertFalse(listed.contains(marker), "nothing was stored: " + listed);
        assertThat(page.locator(".il-webhook").filter(new Locator.FilterOptions().setHasText(marker))).hasCount(0);
    }

    @Test
    void disablingAndRemovingAskFirst() {
        Api api = new Api(base);
        Api admin = api.as(Members.admin(api));
        String url = "https://hooks.example.test/confirm-" + Words.unique();
        Api.Reply made = admin.postJson("api/v1/admin/webhooks", Body.of("url", url));
        assertEquals(201, made.status(), made.body());
        long hook = made.json().getJsonNumber("id").longValue();
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin/webhooks");

        row(url).locator(".il-webhook-toggle").click();
        page.locator(".il-confirm-no:visible").click();
        assertThat(row(url).locator(".il-webhook-active")).hasText("active");
        assertTrue(hookJson(admin, hook).getBoolean("active"), "No changes nothing");
        row(url).locator(".il-webhook-toggle").click();
        page.locator(".il-confirm-yes:visible").click();
        assertThat(row(url).locator(".il-webhook-active")).hasText("disabled");
        assertFalse(hookJson(admin, hook).getBoolean("active"));
        assertThat(row(url).locator(".il-webhook-test")).hasCount(0);
        assertEquals(409, admin.postJson("api/v1/admin/webhooks/" + hook + "/test", null).status(), "a disabled hook is not sent to");

        row(url).locator(".il-webhook-remove").click();
        page.locator(".il-confirm-yes:visible").click();
        assertThat(page.locator("[id='hooks:hooksFeedback']")).containsText("was removed");
        assertThat(page.locator(".il-webhook").filter(new Locator.FilterOptions().setHasText(url))).hasCount(0);
        assertEquals(404, admin.get("api/v1/admin/webhooks/" + hook + "/deliveries").status());
        assertAudited(hook, "webhook_disable");
        assertAudited(hook, "webhook_remove");
    }

    /** Fills and sends the add form for an install-wide webhook; returns its id from the list. */
    private long register(String url, String secret) {
        page.locator("[id='create:url']").fill(url);
        page.locator("[id='create:secret']").fill(secret);
        submit(page.locator("[id='create:add']"));
        assertThat(page.locator("[id='create:createFeedback']")).containsText("was added");
        return Long.parseLong(row(url).getAttribute("data-id"));
    }

    /** Clicks and waits for the page's answer, so the next check does not read the previous answer's message. */
    /**
     * Clicks and waits until the answer has replaced the form: waiting for the response alone let the next fill
     * land in the old form, which the late update then put back (the same message twice made that invisible).
     */
    private void submit(Locator button) {
        JSHandle form = button.evaluateHandle("b => b.closest('form')");
        page.waitForResponse(response -> "POST".equals(response.request().method()), button::click);
        page.waitForFunction("f => !f.isConnected", form);
    }

    private Locator row(String url) {
        return page.locator(".il-webhook").filter(new Locator.FilterOptions().setHasText(url));
    }

    /**
     * Opens the webhook's log until an element matching the selector is there (the sender runs every second) and
     * the webhook's line in the list above no longer says its last delivery waits. The list is read before the
     * log, each in its own statement: a delivery attempted between the two shows in the log but not yet above.
     */
    private Locator awaitLog(long hook, String selector) throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVES.toNanos();
        while (true) {
            page.navigate(base + "admin/webhooks?webhook=" + hook);
            Locator found = page.locator(selector);
            boolean listWaits = page.locator(".il-webhook[data-id='" + hook + "'] .il-webhook-last").innerText()
                    .contains("waiting to be sent");
            if (found.count() > 0 && !listWaits) {
                return found.first();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + selector + " in the log of webhook " + hook + ": "
                        + page.locator("#log").innerText());
            }
            Thread.sleep(500);
        }
    }

    private void assertAudited(long hook, String action) {
        Api api = new Api(base);
        Api.Reply entries = api.as(Members.admin(api)).get("api/v1/audit?type=webhook&id=" + hook + "&action=" + action);
        assertEquals(200, entries.status(), entries.body());
        assertFalse(entries.jsonArray().isEmpty(), "an audit entry " + action + " for webhook " + hook);
    }

    private static JsonObject hookJson(Api admin, long hook) {
        return admin.get("api/v1/admin/webhooks").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(h -> h.getJsonNumber("id").longValue() == hook).findFirst().orElseThrow();
    }

    private static String hmac(String secret, WebhooksIT.Received request) {
        try {
            return WebhooksIT.hmac(secret, request.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
