package org.idealoop.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdeaDocumentsTest {

    @Test
    void titlesAreSuggestedFromEachOfTheirFirstWords() {
        assertEquals(List.of("Offline maps for hiking", "maps for hiking", "for hiking", "hiking"),
                IdeaDocuments.suggestInputs(" Offline  maps for hiking"));
    }

    @Test
    void longTitlesGiveAtMostSixInputs() {
        assertEquals(6, IdeaDocuments.suggestInputs("a b c d e f g h i j").size());
        assertEquals("f g h i j", IdeaDocuments.suggestInputs("a b c d e f g h i j").get(5));
    }
}
