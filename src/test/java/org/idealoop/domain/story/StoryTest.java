package org.idealoop.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.DomainException;
import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class StoryTest {

    private static final Instant TOLD = Instant.parse("2026-03-02T09:00:00.123456789Z");
    private static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");
    private static final long CARL = 7;
    private static final long PAT = 3;

    private static Story battery() {
        return Story.tell(1, CARL, StoryKind.PROBLEM, "  The battery drains overnight  ",
                " Half the charge is gone by morning. ", 2, TOLD);
    }

    @Test
    void aToldStoryKeepsWhatTheMemberSaidTrimmedAndIsVisibleAndUnanswered() {
        Story story = battery();

        assertEquals(1, story.productId());
        assertEquals(CARL, story.authorId());
        assertEquals(StoryKind.PROBLEM, story.kind());
        assertEquals("The battery drains overnight", story.title());
        assertEquals("Half the charge is gone by morning.", story.body());
        assertEquals(Optional.of(2), story.stars());
        assertEquals(Instant.parse("2026-03-02T09:00:00.123456Z"), story.createdAt(), "microseconds, as the database keeps");
        assertFalse(story.isHidden());
        assertEquals(Optional.empty(), story.answer());
        assertEquals(0, story.meToo());
    }

    @Test
    void starsAreOptional() {
        Story story = Story.tell(1, CARL, StoryKind.PRAISE, "Quiet keyboard", "Lovely to type on.", null, TOLD);

        assertEquals(Optional.empty(), story.stars());
    }

    @Test
    void aStoryIsRefusedNamingTheFieldThatIsWrong() {
        assertRefused("title", "idea.title.required",
                () -> Story.tell(1, CARL, StoryKind.PROBLEM, " ", "A body.", null, TOLD));
        assertRefused("body", "story.body.required",
                () -> Story.tell(1, CARL, StoryKind.PROBLEM, "Battery drains", "   ", null, TOLD));
        assertRefused("body", "idea.body.length",
                () -> Story.tell(1, CARL, StoryKind.PROBLEM, "Battery drains", "x".repeat(Story.MAX_BODY + 1), null, TOLD));
        assertRefused("stars", "rating.csat.range",
                () -> Story.tell(1, CARL, StoryKind.PROBLEM, "Battery drains", "A body.", 0, TOLD));
        assertRefused("stars", "rating.csat.range",
                () -> Story.tell(1, CARL, StoryKind.PROBLEM, "Battery drains", "A body.", 6, TOLD));
    }

    @Test
    void aBodyOfExactlyTheLimitIsTold() {
        Story story = Story.tell(1, CARL, StoryKind.QUESTION, "Restore one folder?", "x".repeat(Story.MAX_BODY), 5, TOLD);

        assertEquals(Story.MAX_BODY, story.body().length());
    }

    @Test
    void staffAnswerRecordsTheTextWhoAndWhen() {
        Story story = battery();

        story.answer("  Fixed in firmware 2.1.  ", PAT, LATER);

        assertEquals(Optional.of("Fixed in firmware 2.1."), story.answer());
        assertEquals(Optional.of(PAT), story.answeredBy());
        assertEquals(Optional.of(LATER), story.answeredAt());
    }

    @Test
    void aLaterAnswerReplacesTheEarlierOne() {
        Story story = battery();
        story.answer("Looking into it.", PAT, TOLD);

        story.answer("Fixed in firmware 2.1.", 4, LATER);

        assertEquals(Optional.of("Fixed in firmware 2.1."), story.answer());
        assertEquals(Optional.of(4L), story.answeredBy());
        assertEquals(Optional.of(LATER), story.answeredAt());
    }

    @Test
    void aBlankOrOverlongAnswerIsRefusedAndChangesNothing() {
        Story story = battery();

        assertRefused("answer", "story.answer.length", () -> story.answer(null, PAT, LATER));
        assertRefused("answer", "story.answer.length", () -> story.answer("   ", PAT, LATER));
        assertRefused("answer", "story.answer.length", () -> story.answer("x".repeat(Story.MAX_ANSWER + 1), PAT, LATER));
        assertEquals(Optional.empty(), story.answer());
        assertEquals(Optional.empty(), story.answeredAt());

        story.answer("x".repeat(Story.MAX_ANSWER), PAT, LATER);
        assertEquals(Story.MAX_ANSWER, story.answer().orElseThrow().length());
    }

    @Test
    void hidingAndRestoringMoveTheStoryOutOfAndBackIntoSight() {
        Story story = battery();

        story.hide(LATER);
        assertTrue(story.isHidden());
        assertEquals(Optional.of(LATER), story.hiddenAt());

        story.restore();
        assertFalse(story.isHidden());
        assertEquals(Optional.empty(), story.hiddenAt());
    }

    @Test
    void hidingAHiddenStoryIsTheModerationConflictAndKeepsTheFirstHiding() {
        Story story = battery();
        story.hide(TOLD);

        ConflictException refused = assertThrows(ConflictException.class, () -> story.hide(LATER));

        assertEquals("moderation.conflict", refused.messageKey());
        assertEquals("id", refused.field());
        assertEquals(Optional.of(TOLD), story.hiddenAt());
    }

    @Test
    void restoringAVisibleStoryIsTheModerationConflict() {
        Story story = battery();

        ConflictException refused = assertThrows(ConflictException.class, story::restore);

        assertEquals("moderation.conflict", refused.messageKey());
        assertEquals("id", refused.field());
        assertFalse(story.isHidden());
    }

    private static void assertRefused(String field, String key, Runnable action) {
        DomainException refused = assertThrows(DomainException.class, action::run);
        assertInstanceOf(InvalidFieldException.class, refused);
        assertEquals(field, refused.field());
        assertEquals(key, refused.messageKey());
    }
}
