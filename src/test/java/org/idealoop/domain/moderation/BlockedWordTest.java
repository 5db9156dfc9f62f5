package org.idealoop.domain.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class BlockedWordTest {

    @Test
    void aWordIsKeptTrimmedAndInLowerCase() {
        assertEquals("free money", BlockedWord.of("word", "  Free MONEY "));
    }

    @Test
    void blankShortLongAndTwoLineWordsAreRefusedNamingTheField() {
        assertEquals("moderation.word.required", refused(null).messageKey());
        assertEquals("moderation.word.required", refused("   ").messageKey());
        assertEquals("moderation.word.length", refused("x").messageKey());
        assertEquals("moderation.word.length", refused("x".repeat(81)).messageKey());
        assertEquals("moderation.word.lineBreak", refused("spam\nham").messageKey());
        assertEquals("word", refused("spam\r\nham").field());
        assertEquals("y".repeat(80), BlockedWord.of("word", "Y".repeat(80)));
    }

    private static InvalidFieldException refused(String text) {
        return assertThrows(InvalidFieldException.class, () -> BlockedWord.of("word", text));
    }
}
