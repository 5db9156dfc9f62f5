package org.idealoop.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void changedLinesAreMarkedRemovedAndAdded() {
        String diff = TextDiff.unified("Title\n\nold line\nsame", "Title\n\nnew line\nsame");

        assertTrue(diff.contains("-old line"), diff);
        assertTrue(diff.contains("+new line"), diff);
        assertTrue(diff.contains(" same"), diff);
        assertTrue(diff.startsWith("--- before"), diff);
    }

    @Test
    void identicalTextsHaveNoChanges() {
        assertEquals("", TextDiff.unified("a\nb", "a\nb"));
    }
}
