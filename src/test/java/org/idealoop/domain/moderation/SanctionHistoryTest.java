package org.idealoop.domain.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SanctionHistoryTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static ModerationRepository.Sanction row(long id, String kind, Instant until) {
        return new ModerationRepository.Sanction(id, kind, kind + " reason " + id, until, 7, "Moe Moderator",
                NOW.minusSeconds(1000 - id));
    }

    @Test
    void aLiftEndsTheSuspensionBeforeItAndIsNotAnEntryOfItsOwn() {
        ModerationRepository.Sanction warn = row(1, "warn", null);
        ModerationRepository.Sanction suspend = row(2, "suspend", NOW.plusSeconds(86_400));
        ModerationRepository.Sanction lift = row(3, "lift", null);

        List<SanctionHistory.Entry> history = SanctionHistory.of(List.of(warn, suspend, lift));

        assertEquals(2, history.size());
        assertEquals(suspend, history.get(0).sanction(), "newest first");
        assertEquals(Optional.of(lift), history.get(0).lift());
        assertTrue(history.get(0).isOver(NOW));
        assertEquals(warn, history.get(1).sanction());
        assertEquals(Optional.empty(), history.get(1).lift(), "a warning is not lifted");
    }

    @Test
    void aSuspensionInForceIsNotOverAndAnExpiredOneIs() {
        List<SanctionHistory.Entry> history = SanctionHistory.of(List.of(row(1, "suspend", NOW.minusSeconds(60)),
                row(2, "suspend", NOW.plusSeconds(60))));

        assertFalse(history.get(0).isOver(NOW));
        assertTrue(history.get(1).isOver(NOW));
    }

    @Test
    void aLiftWithNothingInForceStaysAnEntryAndALaterBanIsNotEndedByAnEarlierLift() {
        ModerationRepository.Sanction lonelyLift = row(1, "lift", null);
        ModerationRepository.Sanction ban = row(2, "ban", null);

        List<SanctionHistory.Entry> history = SanctionHistory.of(List.of(lonelyLift, ban));

        assertEquals(List.of(ban, lonelyLift), history.stream().map(SanctionHistory.Entry::sanction).toList());
        assertEquals(Optional.empty(), history.get(0).lift());
        assertFalse(history.get(0).isOver(NOW));
    }
}
