package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /admin/blocked-words and /admin/moderation-settings: admins change moderation from pages, as the API does. */
@ExtendWith(ArquillianExtension.class)
class ModerationAdminPagesIT extends BrowserTest {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;

    @BeforeEach
    void admin() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
    }

    private List<String> blockedWords() {
        return admin.get("api/v1/admin/blocked-words").json().getJsonArray("words").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    private Locator row(Page page, String word) {
        return page.locator(".il-word[data-word='" + word + "']");
    }

    @Test
    void aWordBlockedOnThePageRefusesPostsUntilItIsRemovedWithConfirmation() {
        String word = Words.unique();
        Api newcomer = new Api(base).as(Members.verified(api, "Bea Blocked").token());
        try {
            HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
            page.navigate(base + "admin");
            page.locator("#group-moderation a[href$='/admin/blocked-words']").click();
            assertThat(page.locator("h1")).hasText("Blocked words");
            assertThat(page.locator(".il-words-effect")).containsText("is refused");

            page.locator("[id='add:word']").fill("   ");
            page.locator("[id='add:addWord']").click();
            assertThat(page.locator("[id='add:wordMessage']")).containsText("Give the word to block.");
            page.locator("[id='add:word']").fill(word + "x".repeat(80));
            page.locator("[id='add:addWord']").click();
            assertThat(page.locator("[id='add:wordMessage']")).containsText("2 to 80 characters");
            assertFalse(blockedWords().stream().anyMatch(w -> w.startsWith(word)), "nothing stored");
            IdeasApiIT.assertProblem(admin.postJson("api/v1/admin/blocked-words", Body.of("word", word + "\nham")), 400, "word");
            assertFalse(blockedWords().stream().anyMatch(w -> w.startsWith(word)), "nothing stored");

            page.locator("[id='add:word']").fill("  " + word.toUpperCase() + " ");
            page.locator("[id='add:addWord']").click();
            assertThat(page.locator("[id='add:addFeedback']")).containsText(word + "\u201d is blocked.");
            assertThat(row(page, word)).isVisible();
            assertTrue(blockedWords().contains(word));
            IdeasApiIT.assertProblem(newcomer.postJson("api/v1/ideas", Body.of("title", "Buy " + word + " today")), 400, "title");

            page.locator("[id='add:word']").fill(word);
            page.locator("[id='add:addWord']").click();
            assertThat(page.locator("[id='add:wordMessage']")).containsText("This word is blocked already.");
            assertEquals(1, blockedWords().stream().filter(word::equals).count());

            page.navigate(base + "admin/blocked-words");
            page.locator("#q").fill(word);
            page.locator("#find").click();
            assertThat(page.locator(".il-word")).hasCount(1);
            row(page, word).locator(".il-word-remove").click();
            assertThat(page.locator("#confirmText")).containsText("Remove \u201c" + word + "\u201d");
            assertThat(page.locator("[id='words:confirmRemove']")).isFocused();
            page.locator("[id='words:cancelRemove']").click();
            assertThat(page.locator("#confirmText")).hasCount(0);
            assertTrue(blockedWords().contains(word), "kept when the admin keeps it");

            row(page, word).locator(".il-word-remove").click();
            page.locator("[id='words:confirmRemove']").click();
            assertThat(page.locator("[id='words:listFeedback']")).containsText(word + "\u201d is no longer blocked.");
            assertThat(row(page, word)).hasCount(0);
            assertFalse(blockedWords().contains(word));
            assertEquals(201, newcomer.postJson("api/v1/ideas", Body.of("title", "Buy " + word + " today")).status());
        } finally {
            admin.delete("api/v1/admin/blocked-words/" + word);
        }
    }

    @Test
    void settingsChangedOnThePageAreWhatTheApiAnswers() {
        boolean before = admin.get("api/v1/admin/moderation-settings").json().getBoolean("holdFirstPosts");
        try {
            HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
            page.navigate(base + "admin");
            page.locator("#group-moderation a[href$='/admin/moderation-settings']").click();
            assertThat(page.locator("h1")).hasText("Moderation settings");
            Locator hold = page.getByLabel("Hold new members' first posts for approval");
            if (before) {
                assertThat(hold).isChecked();
            } else {
                assertThat(hold).not().isChecked();
            }

            hold.setChecked(!before);
            page.locator("[id='settings:save']").click();
            assertThat(page.locator("[id='settings:feedback']")).containsText("Saved");
            assertEquals(!before, admin.get("api/v1/admin/moderation-settings").json().getBoolean("holdFirstPosts"));

            page.reload();
            hold.setChecked(before);
            page.locator("[id='settings:save']").click();
            assertThat(page.locator("[id='settings:feedback']")).containsText("Saved");
            assertEquals(before, admin.get("api/v1/admin/moderation-settings").json().getBoolean("holdFirstPosts"));
        } finally {
            admin.putJson("api/v1/admin/moderation-settings", Body.of("holdFirstPosts", before));
        }
    }

    @Test
    void theModerationPagesAreAccessibleOnADesktopAndAPhoneAndLongListsArePaged() {
        String prefix = Words.unique();
        String other = Words.unique();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            many.add(prefix + (char) ('a' + i));
        }
        List<String> problems = new ArrayList<>();
        try {
            many.forEach(w -> assertEquals(201, admin.postJson("api/v1/admin/blocked-words", Body.of("word", w)).status()));
            assertEquals(201, admin.postJson("api/v1/admin/blocked-words", Body.of("word", other)).status()); // not found by the search
            for (int width : new int[] {1440, 375}) {
                try (BrowserContext own = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, 900).setBypassCSP(true))) {
                    Page screen = own.newPage();
                    screen.setViewportSize(1440, 900);
                    HomePageIT.signIn(screen, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
                    screen.setViewportSize(width, 900);

                    screen.navigate(base + "admin/blocked-words?q=" + prefix);
                    assertThat(screen.locator(".il-word")).hasCount(25);
                    assertThat(screen.locator(".il-words-page")).containsText("Page 1 of 2");
                    screen.locator("[id='add:word']").fill(" ");
                    screen.locator("[id='add:addWord']").click();
                    assertThat(screen.locator("[id='add:wordMessage']")).containsText("Give the word to block.");
                    screen.locator(".il-word-remove").first().click();
                    assertThat(screen.locator("#confirmText")).isVisible();
                    Accessibility.screenshot(screen, "admin-blocked-words-" + width);
                    Accessibility.problems(screen).forEach(problem -> problems.add("words " + width + " px: " + problem));
                    screen.locator("#next").click();
                    assertThat(screen.locator(".il-words-page")).containsText("Page 2 of 2");
                    assertEquals(List.of(prefix + "z"), screen.locator(".il-word-text").allInnerTexts(),
                            "page 2 at " + screen.url());
                    assertThat(screen.locator(".il-word")).containsText(prefix + "z");

                    screen.navigate(base + "admin/moderation-settings");
                    assertThat(screen.locator("h1")).hasText("Moderation settings");
                    Accessibility.screenshot(screen, "admin-moderation-settings-" + width);
                    Accessibility.problems(screen).forEach(problem -> problems.add("settings " + width + " px: " + problem));
                }
            }
        } finally {
            many.forEach(w -> admin.delete("api/v1/admin/blocked-words/" + w));
            admin.delete("api/v1/admin/blocked-words/" + other);
        }
        assertEquals(List.of(), problems);
    }
}
