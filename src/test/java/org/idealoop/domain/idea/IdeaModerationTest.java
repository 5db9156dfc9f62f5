package org.idealoop.domain.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.idealoop.domain.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class IdeaModerationTest {

    private static final Instant POSTED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T10:15:30.123456789Z");

    private final Idea idea = Idea.post(new IdeaTitle("Dark mode for the dashboard"),
            new IdeaBody("Evenings are hard on the eyes."), 7, POSTED);

    @Test
    void aHiddenIdeaCanBeRestored() {
        idea.hide(LATER);
        assertTrue(idea.isHidden());
        idea.restore();
        assertFalse(idea.isHidden());
    }

    @Test
    void hidingAHiddenIdeaIsAConflict() {
        idea.hide(LATER);
        assertChangedMeanwhile(() -> idea.hide(LATER));
        assertTrue(idea.isHidden(), "still hidden");
    }

    @Test
    void restoringAVisibleIdeaIsAConflict() {
        assertChangedMeanwhile(idea::restore);
        assertFalse(idea.isHidden());
    }

    @Test
    void aLockedIdeaCanBeUnlocked() {
        idea.lock();
        assertTrue(idea.isLocked());
        idea.unlock();
        assertFalse(idea.isLocked());
    }

    @Test
    void lockingALockedIdeaIsAConflict() {
        idea.lock();
        assertChangedMeanwhile(idea::lock);
        assertTrue(idea.isLocked());
    }

    @Test
    void unlockingAnOpenIdeaIsAConflict() {
        assertChangedMeanwhile(idea::unlock);
        assertFalse(idea.isLocked());
    }

    @Test
    void aPinnedIdeaCanBeUnpinned() {
        idea.pin(LATER);
        assertTrue(idea.isPinned());
        idea.unpin();
        assertFalse(idea.isPinned());
    }

    @Test
    void pinningAPinnedIdeaIsAConflict() {
        idea.pin(LATER);
        assertChangedMeanwhile(() -> idea.pin(LATER));
        assertTrue(idea.isPinned());
    }

    @Test
    void unpinningAnUnpinnedIdeaIsAConflict() {
        assertChangedMeanwhile(idea::unpin);
    }

    @Test
    void aHeldIdeaIsReleasedByApproval() {
        idea.hold(LATER);
        assertTrue(idea.isHeld());
        idea.approve();
        assertFalse(idea.isHeld());
    }

    @Test
    void holdingAHeldIdeaIsAConflict() {
        idea.hold(LATER);
        assertChangedMeanwhile(() -> idea.hold(LATER));
        assertTrue(idea.isHeld());
    }

    @Test
    void approvingAnIdeaNotHeldIsAConflict() {
        assertChangedMeanwhile(idea::approve);
        assertFalse(idea.isHeld());
    }

    @Test
    void theVerbsChangeOnlyTheirOwnState() {
        idea.hide(LATER);
        idea.lock();
        assertFalse(idea.isPinned());
        assertFalse(idea.isHeld());
        idea.unlock();
        assertTrue(idea.isHidden(), "unlocking leaves it hidden");
        assertEquals("Dark mode for the dashboard", idea.title());
    }

    private static void assertChangedMeanwhile(Executable verb) {
        ConflictException refused = assertThrows(ConflictException.class, verb);
        assertEquals("id", refused.field());
        assertEquals("moderation.conflict", refused.messageKey());
    }
}
