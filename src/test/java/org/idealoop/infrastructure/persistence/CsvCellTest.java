package org.idealoop.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "=1+1+cmd|' /C calc'!A0", "+1", "-1",
            "@SUM(1)", "\t=1+1", "\r=1+1", "=", "-", "--"})
    void textThatASpreadsheetWouldRunGetsALeadingQuote(String text) {
        assertEquals("'" + text, CsvCell.safe(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dark mode", "1+1", " =1+1", "a=b", "Email @ me", "", "'=quoted once already",
            "\u00a0=1", "#hashtag", "%20"})
    void otherTextIsLeftAlone(String text) {
        assertEquals(text, CsvCell.safe(text));
    }

    @Test
    void numbersStayNumbers() {
        Integer score = -3;
        assertSame(score, CsvCell.safe((Object) score));
        assertEquals(new BigInteger("-12"), CsvCell.safe((Object) new BigInteger("-12")));
        assertNull(CsvCell.safe((Object) null));
        assertNull(CsvCell.safe((String) null));
        assertEquals("'-3", CsvCell.safe((Object) "-3"), "text that looks like a number is still text");
    }

    @Test
    void textOfAnyKindIsChecked() {
        assertEquals("'=1", CsvCell.safe((Object) new StringBuilder("=1")));
    }
}
