package org.idealoop.domain.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdeaTitleTest {

    @Test
    void surroundingWhiteSpaceIsTrimmed() {
        assertEquals("Dark mode", new IdeaTitle("  Dark mode \n").value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u200b\u200b\u200b\u200b\u200b\u200b", "\u3164\u3164\u3164\u3164\u3164",
            "\u2800\u2800\u2800\u2800\u2800", "\u200d\u2060\ufeff\u200c\u200b"})
    void missingTitleIsRequired(String title) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> new IdeaTitle(title));
        assertEquals("title", e.field());
        assertEquals("idea.title.required", e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 121, 500})
    void titleOutsideFiveToHundredTwentyCharactersIsRefused(int length) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> new IdeaTitle("x".repeat(length)));
        assertEquals("title", e.field());
        assertEquals("idea.title.length", e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 60, 120})
    void titleOfFiveToHundredTwentyCharactersIsAccepted(int length) {
        assertEquals(length, new IdeaTitle("x".repeat(length)).value().length());
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDCA1"; // one character, two UTF-16 units
        assertEquals(120, new IdeaTitle(emoji.repeat(120)).value().codePointCount(0, 240));
    }

    @Test
    void bodyIsOptionalButLimited() {
        assertEquals("", new IdeaBody(null).value());
        assertEquals(10_000, new IdeaBody("b".repeat(10_000)).value().length());
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> new IdeaBody("b".repeat(10_001)));
        assertEquals("body", e.field());
    }
}
