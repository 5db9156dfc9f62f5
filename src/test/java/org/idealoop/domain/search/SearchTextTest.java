package org.idealoop.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void quotedPartsArePhrasesAndTheRestAreWords() {
        SearchText text = SearchText.parse("dark \"offline maps\" mode", "q");

        assertEquals(List.of("offline maps"), text.phrases());
        assertEquals("dark mode", text.words());
    }

    @Test
    void anUnbalancedQuoteIsAWordBoundary() {
        SearchText text = SearchText.parse("\"offline maps\" \"dark mode", "q");

        assertEquals(List.of("offline maps"), text.phrases());
        assertEquals("dark mode", text.words());
    }

    @Test
    void typographicQuotesCountAsQuotes() {
        assertEquals(List.of("battery life"), SearchText.parse("\u201Cbattery life\u201D", "q").phrases());
    }

    @Test
    void engineSyntaxIsKeptAsPlainCharacters() {
        SearchText text = SearchText.parse("title:(a AND b^2) {x TO y] \\ /re/ ~ *", "q");

        assertEquals("title:(a AND b^2) {x TO y] \\ /re/ ~ *", text.words());
        assertTrue(text.phrases().isEmpty());
    }

    @Test
    void blankPunctuationAndEmptyQuotesAreTheEmptySearch() {
        assertTrue(SearchText.parse(null, "q").isEmpty());
        assertTrue(SearchText.parse("   ", "q").isEmpty());
        assertTrue(SearchText.parse("\"\" \" ", "q").isEmpty());
        assertTrue(SearchText.parse("+-&&||!", "q").isEmpty());
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertEquals("a b", SearchText.parse("a\u0000\tb", "q").words());
    }

    @Test
    void tooLongIsRefusedNamingTheField() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> SearchText.parse("a".repeat(SearchText.MAX_LENGTH + 1), "q"));
        assertEquals("q", refused.field());
        assertEquals(SearchText.MAX_LENGTH, SearchText.parse("a".repeat(SearchText.MAX_LENGTH), "q").words().length());
    }
}
