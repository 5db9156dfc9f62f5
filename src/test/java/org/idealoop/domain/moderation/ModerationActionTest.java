package org.idealoop.domain.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModerationActionTest {

    @Test
    void theIdsAreTheNamesTheApiTakes() {
        assertEquals(List.of("hide", "restore", "lock", "unlock", "pin", "unpin", "edit", "move", "merge", "approve",
                "dismiss", "warn", "suspend", "ban", "lift"),
                Arrays.stream(ModerationAction.values()).map(ModerationAction::id).toList());
    }

    @Test
    void aKnownIdIsFoundAndAnUnknownOneOrNullIsNot() {
        assertEquals(Optional.of(ModerationAction.HIDE), ModerationAction.fromId("hide"));
        assertEquals(Optional.of(ModerationAction.LIFT), ModerationAction.fromId("lift"));
        assertEquals(Optional.empty(), ModerationAction.fromId("explode"));
        assertEquals(Optional.empty(), ModerationAction.fromId("HIDE"));
        assertEquals(Optional.empty(), ModerationAction.fromId(" hide"));
        assertEquals(Optional.empty(), ModerationAction.fromId(""));
        assertEquals(Optional.empty(), ModerationAction.fromId(null));
    }

    @Test
    void warnSuspendBanAndLiftActOnMembers() {
        assertEquals(List.of(ModerationAction.WARN, ModerationAction.SUSPEND, ModerationAction.BAN, ModerationAction.LIFT),
                Arrays.stream(ModerationAction.values()).filter(ModerationAction::onMember).toList());
    }

    @Test
    void hideEditWarnSuspendAndBanNeedAReason() {
        assertEquals(List.of(ModerationAction.HIDE, ModerationAction.EDIT, ModerationAction.WARN,
                        ModerationAction.SUSPEND, ModerationAction.BAN),
                Arrays.stream(ModerationAction.values()).filter(ModerationAction::needsReason).toList());
        assertFalse(ModerationAction.LIFT.needsReason());
        assertTrue(ModerationAction.HIDE.needsReason());
    }
}
