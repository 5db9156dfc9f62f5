package org.idealoop.domain.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void lettersAndDigitsJoinedBySingleHyphens() {
        assertEquals("dark-mode-for-the-app-2", Slug.of("Dark mode for the app #2!"));
        assertEquals("hello", Slug.of("---Hello---"));
    }

    @Test
    void accentsAreDroppedNotTheLetters() {
        assertEquals("creme-brulee-cafe", Slug.of("Crème brûlée — café"));
    }

    @Test
    void aLongTitleIsCutAtAWholeWord() {
        String slug = Slug.of("abcdefghij ".repeat(7));
        assertEquals("abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij", slug);
    }

    @Test
    void nothingUsableGivesIdea() {
        assertEquals("idea", Slug.of(null));
        assertEquals("idea", Slug.of("   "));
        assertEquals("idea", Slug.of("!!! ???"));
        assertEquals("/ideas/7-idea", Slug.path(7, "日本語"));
    }
}
