package org.idealoop.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryKindTest {

    @Test
    void theIdsAreTheNamesTheApiTakesAndTheDatabaseHolds() {
        assertEquals(List.of("praise", "problem", "question"),
                Arrays.stream(StoryKind.values()).map(StoryKind::id).toList());
    }

    @Test
    void aKnownIdIsFoundAndAnUnknownOneOrNullIsNot() {
        assertEquals(Optional.of(StoryKind.PRAISE), StoryKind.fromId("praise"));
        assertEquals(Optional.of(StoryKind.QUESTION), StoryKind.fromId("question"));
        assertEquals(Optional.empty(), StoryKind.fromId("rant"));
        assertEquals(Optional.empty(), StoryKind.fromId("Praise"));
        assertEquals(Optional.empty(), StoryKind.fromId(""));
        assertEquals(Optional.empty(), StoryKind.fromId(null));
    }
}
