package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonArray;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /admin/workflow: the allowed status moves as a matrix. Every test puts the install's moves back, since
 * the workflow is one for the whole install.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowAdminIT extends BrowserTest {

    @ArquillianResource
    URL base;

    Api admin;
    JsonArray original;

    @BeforeEach
    void readTheWorkflow() {
        Api api = new Api(base);
        admin = api.as(Members.admin(api));
        original = admin.get("api/v1/admin/status-transitions").jsonArray();
    }

    private void restore() {
        assertEquals(200, admin.putJson("api/v1/admin/status-transitions", "{\"transitions\":" + original + "}").status());
    }

    private static Locator cell(Page page, String from, String to) {
        return page.locator("input[data-from='" + from + "'][data-to='" + to + "']");
    }

    @Test
    void anAdminAllowsANewMoveInTheMatrixAndAnIdeaCanThenTakeIt() {
        assertFalse(original.toString().contains("[\"new\",\"in_progress\"]"), "the installed workflow has no such move");
        Api api = new Api(base);
        long idea = api.as(Members.verified(api, "Wendy Workflow").token()).postIdea("Matrix idea " + Words.unique(), "");
        IdeasApiIT.assertProblem(admin.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "in_progress")),
                400, "status");
        try {
            HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
            page.navigate(base + "admin");
            page.locator("#group-teams a[href$='/admin/workflow']").click();
            assertThat(page.locator("h1")).hasText("Status workflow");
            Locator move = page.getByRole(AriaRole.CHECKBOX,
                    new Page.GetByRoleOptions().setName("From New to In progress").setExact(true));
            assertThat(move).not().isChecked();
            assertThat(page.getByRole(AriaRole.CHECKBOX,
                    new Page.GetByRoleOptions().setName("From Planned to Declined (needs a reason)").setExact(true)))
                    .isChecked();
            assertThat(cell(page, "new", "new")).isDisabled();

            move.check();
            page.locator("[id='workflow:save']").click();
            assertThat(page.locator("[id='workflow:feedback']")).containsText("The workflow was saved: " + (original.size() + 1));

            assertTrue(admin.get("api/v1/admin/status-transitions").body().contains("[\"new\",\"in_progress\"]"));
            Api.Reply moved = admin.postJson("api/v1/ideas/" + idea + "/status", Body.of("status", "in_progress"));
            assertEquals(200, moved.status(), moved.body());
            page.reload();
            assertThat(cell(page, "new", "in_progress")).isChecked();
        } finally {
            restore();
        }
    }

    @Test
    void aMatrixThatLeavesAStatusWithNoWayOutIsRefusedAndNothingChanges() {
        try {
            HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
            page.navigate(base + "admin/workflow");
            Locator outOfProgress = page.locator("input[data-from='in_progress']:checked");
            assertTrue(outOfProgress.count() > 0);
            while (outOfProgress.count() > 0) {
                outOfProgress.first().uncheck();
            }
            page.locator("[id='workflow:save']").click();

            assertThat(page.locator("[id='workflow:feedback']")).containsText("In progress has no way out");
            assertEquals(original, admin.get("api/v1/admin/status-transitions").jsonArray(), "nothing stored");
            assertThat(cell(page, "in_progress", "delivered")).not().isChecked(); // the admin's ticks stay to be fixed

            cell(page, "planned", "in_progress").uncheck();
            cell(page, "under_review", "in_progress").uncheck();
            cell(page, "delivered", "in_progress").uncheck();
            page.locator("[id='workflow:save']").click();
            assertThat(page.locator("[id='workflow:feedback']"))
                    .containsText("No chain of moves leads from New to In progress");
            assertEquals(original, admin.get("api/v1/admin/status-transitions").jsonArray(), "nothing stored");

            page.reload();
            assertThat(cell(page, "in_progress", "delivered")).isChecked();
        } finally {
            restore();
        }
    }

    @Test
    void theCheckboxesAreReachedWithTabAndToggledWithSpace() {
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin/workflow");
        page.locator(".il-wf-scroll").focus();

        page.keyboard().press("Tab");
        assertEquals("new>under_review", focused(page), "the diagonal is skipped");
        boolean before = cell(page, "new", "under_review").isChecked();
        page.keyboard().press("Space");
        assertEquals(!before, cell(page, "new", "under_review").isChecked());
        page.keyboard().press("Space");
        assertEquals(before, cell(page, "new", "under_review").isChecked());

        page.keyboard().press("Tab");
        assertEquals("new>planned", focused(page));
        for (int i = 0; i < 6; i++) {
            page.keyboard().press("Tab");
        }
        assertEquals("under_review>new", focused(page), "rows follow each other");
        String outline = (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
        assertEquals("solid", outline, "the focus is visible");
    }

    private static String focused(Page page) {
        return (String) page.evaluate("() => document.activeElement.dataset.from + '>' + document.activeElement.dataset.to");
    }

    @Test
    void theWorkflowPageIsAccessibleOnADesktopAndAPhone() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1440, 375}) {
            try (BrowserContext own = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, 900).setBypassCSP(true))) {
                Page screen = own.newPage();
                screen.setViewportSize(1440, 900);
                HomePageIT.signIn(screen, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
                screen.setViewportSize(width, 900);
                screen.navigate(base + "admin/workflow");
                assertThat(screen.locator("h1")).hasText("Status workflow");
                Accessibility.screenshot(screen, "admin-workflow-" + width);
                Accessibility.problems(screen).forEach(problem -> problems.add(width + " px: " + problem));

                for (String to : List.of("in_progress", "delivered", "declined", "under_review")) {
                    cell(screen, "planned", to).focus(); // the keyboard: no click lands on the sticky column
                    screen.keyboard().press("Space");
                }
                screen.locator("[id='workflow:save']").click();
                assertThat(screen.locator("[id='workflow:feedback']")).containsText("Planned has no way out"); // at the top
                Accessibility.screenshot(screen, "admin-workflow-refused-" + width);
                Accessibility.problems(screen).forEach(problem -> problems.add(width + " px, refused: " + problem));
            }
        }
        assertEquals(original, admin.get("api/v1/admin/status-transitions").jsonArray(), "nothing stored");
        assertEquals(List.of(), problems);
    }
}
