package org.idealoop.domain.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.idealoop.domain.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CommentModerationTest {

    private static final Instant WRITTEN = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T10:15:30Z");

    private final Comment comment = Comment.write(42, Optional.empty(), 7, "Same here, every evening.", false, WRITTEN);

    @Test
    void aHiddenCommentCanBeRestored() {
        comment.hide(LATER);
        assertTrue(comment.isHidden());
        comment.restore();
        assertFalse(comment.isHidden());
    }

    @Test
    void hidingAHiddenCommentIsAConflict() {
        comment.hide(LATER);
        assertChangedMeanwhile(() -> comment.hide(LATER));
        assertTrue(comment.isHidden());
    }

    @Test
    void restoringAVisibleCommentIsAConflict() {
        assertChangedMeanwhile(comment::restore);
        assertFalse(comment.isHidden());
    }

    @Test
    void aHeldCommentIsReleasedByApproval() {
        comment.hold(LATER);
        assertTrue(comment.isHeld());
        comment.approve();
        assertFalse(comment.isHeld());
    }

    @Test
    void holdingAHeldCommentIsAConflict() {
        comment.hold(LATER);
        assertChangedMeanwhile(() -> comment.hold(LATER));
        assertTrue(comment.isHeld());
    }

    @Test
    void approvingACommentNotHeldIsAConflict() {
        assertChangedMeanwhile(comment::approve);
        assertFalse(comment.isHeld());
    }

    @Test
    void hidingLeavesTheHoldAlone() {
        comment.hold(LATER);
        comment.hide(LATER);
        comment.restore();
        assertTrue(comment.isHeld(), "restoring does not approve");
        assertEquals("Same here, every evening.", comment.body());
    }

    private static void assertChangedMeanwhile(Executable verb) {
        ConflictException refused = assertThrows(ConflictException.class, verb);
        assertEquals("id", refused.field());
        assertEquals("moderation.conflict", refused.messageKey());
    }
}
