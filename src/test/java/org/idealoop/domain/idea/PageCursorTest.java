package org.idealoop.domain.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorTest {

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "", "bm9waXBl", "MjAyNi0xMS0yM1Q|xMDo1ODo0"})
    void cursorsThisApiDidNotGiveOutAreRefusedNamingTheField(String cursor) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> PageCursor.decode(cursor, IdeaSort.HOT));
        assertEquals("cursor", e.field());
    }

    @Test
    void aCursorWorksOnlyForItsOwnSort() {
        String cursor = PageCursor.encode(new IdeaQuery.Position(IdeaSort.TOP, 3, 0.43, 17));

        assertEquals(new IdeaQuery.Position(IdeaSort.TOP, 3, 0.43, 17), PageCursor.decode(cursor, IdeaSort.TOP));
        assertThrows(InvalidFieldException.class, () -> PageCursor.decode(cursor, IdeaSort.NEW));
    }
}
