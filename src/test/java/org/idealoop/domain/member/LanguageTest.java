package org.idealoop.domain.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void aTagNamesItsLanguageWhateverItsRegionOrCase() {
        assertEquals(Optional.of(Language.GERMAN), Language.of("de-AT"));
        assertEquals(Optional.of(Language.GERMAN), Language.of("DE"));
        assertEquals(Optional.of(Language.SPANISH), Language.of("es_MX"));
        assertEquals(Optional.of(Language.ARABIC), Language.of("ar-EG"));
    }

    @Test
    void anythingElseIsNoLanguageRatherThanAnError() {
        assertEquals(Optional.empty(), Language.of(null));
        assertEquals(Optional.empty(), Language.of(""));
        assertEquals(Optional.empty(), Language.of("tlh"));
        assertEquals(Optional.empty(), Language.of("<script>alert(1)</script>"));
        assertEquals(Optional.empty(), Language.of("x".repeat(5000)));
    }

    @Test
    void theFirstSpokenLanguageOfTheReadersListWins() {
        assertEquals(Optional.of(Language.FRENCH),
                Language.firstOf(List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("fr-CA"), Locale.GERMAN)));
        assertEquals(Optional.empty(), Language.firstOf(List.of(Locale.forLanguageTag("nl"))));
        assertEquals(Optional.empty(), Language.firstOf(null));
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        for (Language language : Language.values()) {
            assertEquals(language == Language.ARABIC, language.isRightToLeft(), language.tag());
        }
    }
}
