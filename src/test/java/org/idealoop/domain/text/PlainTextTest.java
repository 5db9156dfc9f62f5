package org.idealoop.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.IdeaTitle;
import org.idealoop.domain.member.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "bell\u0007", "del\u007F", "c1\u0085", "lone\uD800", "lone\uDC00x",
            "nonchar\uFFFF", "nonchar\uFDD0"})
    void noTextHoldsControlsLoneSurrogatesOrNoncharacters(String text) {
        assertFalse(PlainText.isStorable(text));
        assertFalse(PlainText.isLine(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "tab\there", "rtl\u202Eoverride", "isolate\u2066x\u2069", "mark\u200F"})
    void linesAlsoRefuseLineBreaksAndDirectionControls(String text) {
        assertTrue(PlainText.isStorable(text));
        assertFalse(PlainText.isLine(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dark mode", "Café crème", "مرحبا بالعالم", "Emoji 🚀 ok", "日本語のタイトル"})
    void ordinaryTextOfEveryScriptIsFine(String text) {
        assertTrue(PlainText.isLine(text));
    }

    @Test
    void titlesAndNamesUseTheLineRule() {
        assertEquals("title", assertThrows(InvalidFieldException.class,
                () -> new IdeaTitle("Evil \u202Egnp.exe")).field());
        assertEquals("displayName", assertThrows(InvalidFieldException.class,
                () -> new DisplayName("Ann\u202Eie")).field());
        assertEquals("Dark mode", new IdeaTitle("  Dark mode ").value());
    }
}
