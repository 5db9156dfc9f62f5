package org.idealoop.domain.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlagReasonTest {

    @Test
    void theIdsAreTheNamesTheApiTakesAndTheDatabaseHolds() {
        assertEquals(List.of("spam", "abuse", "off_topic", "duplicate", "other"),
                Arrays.stream(FlagReason.values()).map(FlagReason::id).toList());
    }

    @Test
    void aKnownIdIsFoundAndAnUnknownOneOrNullIsNot() {
        assertEquals(Optional.of(FlagReason.OFF_TOPIC), FlagReason.fromId("off_topic"));
        assertEquals(Optional.of(FlagReason.SPAM), FlagReason.fromId("spam"));
        assertEquals(Optional.empty(), FlagReason.fromId("off-topic"));
        assertEquals(Optional.empty(), FlagReason.fromId("SPAM"));
        assertEquals(Optional.empty(), FlagReason.fromId(""));
        assertEquals(Optional.empty(), FlagReason.fromId(null));
    }
}
