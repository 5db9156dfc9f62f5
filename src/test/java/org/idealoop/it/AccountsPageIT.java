package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /admin/accounts in a real browser: a CSV file is tried in a dry run, its rejected rows shown by number,
 * then imported and imported again without change; an account is added (a bad value answered beside its
 * field), changed and deleted once confirmed. axe-core finds nothing at a desktop and a phone width.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsPageIT extends BrowserTest {

    @ArquillianResource
    URL base;

    private final String word = Words.unique();

    private Api admin() {
        Api api = new Api(base);
        return api.as(Members.admin(api));
    }

    private List<JsonObject> accounts() {
        return admin().get("api/v1/admin/accounts?q=" + word).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    @AfterEach
    void deleteTheAccounts() {
        Api admin = admin();
        for (JsonObject account : accounts()) {
            admin.delete("api/v1/admin/accounts/" + account.getJsonNumber("id").longValue());
        }
    }

    private void upload(String csv, String button) {
        page.locator("[id='importForm:file']").setInputFiles(new FilePayload("accounts.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("[id='importForm:" + button + "']").click();
        page.waitForLoadState();
    }

    @Test
    void aCsvFileIsTriedInADryRunItsRejectedRowsShownThenImportedOnce() {
        context.close();
        context = contextAt(1440); // axe-core is injected as a script: the page's CSP must let it
        page = context.newPage();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin");
        page.locator("#group-community a[href$='/admin/accounts']").click();
        assertThat(page.locator("h1")).hasText("Customer accounts");

        String good = "name,domain,segment,value\n"
                + "Acme " + word + "," + word + "-acme.test,enterprise,500000\n"
                + "Globex " + word + "," + word + "-globex.test,startup,1200.50\n";
        String bad = good + "Minus " + word + "," + word + "-minus.test,trial,-3\n";

        upload(bad, "dryRun");
        Locator rejected = page.locator("#rejected .il-accounts-rejected");
        assertThat(rejected).hasCount(1);
        assertThat(rejected.first()).hasAttribute("data-row", "4");
        assertThat(rejected.first()).containsText("value");
        assertThat(rejected.first()).containsText("The value cannot be negative.");
        assertThat(page.locator("#reportOutcome")).containsText("nothing was imported");
        assertThat(page.locator("#countRead")).hasText("3");
        for (int width : new int[] {1440, 375}) {
            page.setViewportSize(width, 900);
            Accessibility.screenshot(page, "admin-accounts-rejected-" + width);
            assertEquals(List.of(), Accessibility.problems(page), "the import report at " + width + " px");
        }
        page.setViewportSize(1440, 900);
        upload(bad, "importNow");
        assertThat(rejected).hasCount(1);
        assertEquals(List.of(), accounts(), "nothing half-imported");

        upload(good, "dryRun");
        assertThat(page.locator("#reportOutcome")).containsText("Dry run");
        assertThat(page.locator("#countCreated")).hasText("2");
        assertEquals(List.of(), accounts(), "a dry run writes nothing");

        upload(good, "importNow");
        assertThat(page.locator("#reportOutcome")).hasText("Imported.");
        assertThat(page.locator("#countCreated")).hasText("2");
        assertEquals(2, accounts().size());
        page.navigate(base + "admin/accounts?q=" + word);
        assertThat(page.locator(".il-catalog-row[data-domain='" + word + "-acme.test']")).containsText("Enterprise");
        assertThat(page.locator(".il-catalog-row[data-domain='" + word + "-globex.test'] .il-accounts-value"))
                .containsText("1,200.5");

        upload(good, "importNow");
        assertThat(page.locator("#countUnchanged")).hasText("2");
        assertThat(page.locator("#countCreated")).hasText("0");
        for (int width : new int[] {1440, 375}) {
            page.setViewportSize(width, 900);
            Accessibility.screenshot(page, "admin-accounts-" + width);
            assertEquals(List.of(), Accessibility.problems(page), "the accounts page at " + width + " px");
        }
        page.setViewportSize(1440, 900);

        upload("name,domain,value\nX,x.test,1\n", "dryRun");
        assertThat(page.locator("[id='importForm:fileMessage']")).containsText("segment");
        assertEquals(List.of(), errors);
    }

    @Test
    void anAccountIsAddedChangedAndDeletedOnceConfirmed() {
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin/accounts");
        page.locator("[id='create:name']").fill("Initech " + word);
        page.locator("[id='create:domain']").fill(word + "-initech.test");
        choose("create:segment", "Small business");
        page.locator("[id='create:value']").fill("-5");
        page.locator("[id='create:add']").click();
        assertThat(page.locator("[id='create:valueMessage']")).containsText("The value cannot be negative.");
        assertEquals(List.of(), accounts(), "nothing stored");

        page.locator("[id='create:value']").fill("9000");
        page.locator("[id='create:add']").click();
        assertThat(page.locator("#feedback")).containsText("Account Initech " + word + " added");
        assertEquals(1, accounts().size());
        assertEquals("small_business", accounts().get(0).getString("segment"));

        page.navigate(base + "admin/accounts?q=" + word);
        page.locator(".il-catalog-row[data-domain='" + word + "-initech.test'] .il-catalog-edit").click();
        assertThat(page.locator("[id='edit:value']")).hasValue("9000.00");
        page.locator("[id='edit:value']").fill("lots");
        page.locator("[id='edit:save']").click();
        assertThat(page.locator("[id='edit:valueMessage']")).containsText("must be a number");
        page.locator("[id='edit:value']").fill("12000");
        page.locator("[id='edit:save']").click();
        assertThat(page.locator("#feedback")).containsText("saved");
        assertEquals(0, new java.math.BigDecimal("12000").compareTo(
                accounts().get(0).getJsonNumber("value").bigDecimalValue()));

        page.locator("[id='edit:delete']").click();
        assertThat(page.locator(".ui-confirm-dialog")).isVisible();
        page.locator("[id='confirmForm:confirmYes']").click();
        assertThat(page.locator("#feedback")).containsText("deleted");
        assertEquals(List.of(), accounts());
    }
}
