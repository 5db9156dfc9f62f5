package org.idealoop.domain.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.DomainException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.workflow.IdeaEvent;
import org.idealoop.domain.workflow.IdeaEventDraft;
import org.idealoop.domain.workflow.StatusWorkflow;
import org.junit.jupiter.api.Test;

/** The idea's workflow verbs and their refusals, without a database. */
class IdeaWorkflowTest {

    static final long PAT = 7;
    static final Instant POSTED = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-02T10:30:00Z");
    static final Instant LATEST = Instant.parse("2026-03-03T11:45:00Z");

    final StatusWorkflow workflow = new StatusWorkflow(Set.of(
            new StatusWorkflow.Transition(IdeaStatus.NEW, IdeaStatus.PLANNED),
            new StatusWorkflow.Transition(IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS),
            new StatusWorkflow.Transition(IdeaStatus.NEW, IdeaStatus.DECLINED)));

    final ProductTeam billing = stored(new ProductTeam("billing", "Billing", "", POSTED), "id", 3L);
    final ProductTeam mobile = stored(new ProductTeam("mobile", "Mobile", "", POSTED), "id", 4L);

    @Test
    void anAllowedChangeSetsTheStatusStopsTheSlaClockAndRecordsTheMove() {
        Idea idea = idea(42);
        idea.assignTo(3);

        IdeaEventDraft entry = idea.changeStatus(IdeaStatus.PLANNED, PAT, "Shipping in Q3", workflow, LATER);

        assertEquals(IdeaStatus.PLANNED, idea.status());
        assertEquals(Optional.of(LATER), idea.statusChangedAt());
        assertEquals(Optional.of(LATER), idea.firstResponseAt());
        assertEquals(LATER, idea.lastActivityAt());
        assertEquals(new IdeaEventDraft(42, IdeaEvent.Kind.STATUS, PAT, "new", "planned", Optional.of(3L),
                "Shipping in Q3", LATER), entry);
    }

    @Test
    void onlyTheFirstAnswerStopsTheSlaClock() {
        Idea idea = idea(42);
        idea.changeStatus(IdeaStatus.PLANNED, PAT, null, workflow, LATER);
        idea.changeStatus(IdeaStatus.IN_PROGRESS, PAT, null, workflow, LATEST);

        assertEquals(Optional.of(LATER), idea.firstResponseAt());
        assertEquals(Optional.of(LATEST), idea.statusChangedAt());
    }

    @Test
    void aMoveTheWorkflowForbidsIsRefusedAndChangesNothing() {
        Idea idea = idea(42);

        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> idea.changeStatus(IdeaStatus.DELIVERED, PAT, "Done", workflow, LATER));

        assertEquals("status", refused.field());
        assertEquals("status.transition.refused", refused.messageKey());
        assertEquals(IdeaStatus.NEW, idea.status());
        assertEquals(Optional.empty(), idea.firstResponseAt());
    }

    @Test
    void decliningWithoutAReasonIsRefused() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> idea(42).changeStatus(IdeaStatus.DECLINED, PAT, " ", workflow, LATER));
        assertEquals("status.decline.reason", refused.messageKey());
    }

    @Test
    void aMergedIdeaKeepsItsStatus() {
        Idea merged = idea(42);
        merged.mergeInto(idea(7), PAT, LATER);

        ConflictException refused = assertThrows(ConflictException.class,
                () -> merged.changeStatus(IdeaStatus.PLANNED, PAT, null, workflow, LATEST));
        assertEquals("status.merged", refused.messageKey());
        assertEquals(IdeaStatus.DUPLICATE, merged.status());
    }

    @Test
    void mergingClosesTheIdeaAsADuplicateFrozenWithAPointerAndRecordsBothSides() {
        Idea duplicate = idea(42);
        duplicate.assignTo(3);
        Idea original = idea(7);
        original.assignTo(4);

        List<IdeaEventDraft> entries = duplicate.mergeInto(original, PAT, LATER);

        assertEquals(Optional.of(7L), duplicate.mergedInto());
        assertEquals(IdeaStatus.DUPLICATE, duplicate.status());
        assertTrue(duplicate.isLocked());
        assertEquals(Optional.of(LATER), duplicate.statusChangedAt());
        assertEquals(List.of(
                new IdeaEventDraft(42, IdeaEvent.Kind.MERGE, PAT, "new", "7", Optional.of(3L), null, LATER),
                new IdeaEventDraft(7, IdeaEvent.Kind.MERGED_IN, PAT, "42", null, Optional.of(4L), null, LATER)), entries);
        assertEquals(Optional.empty(), original.mergedInto());
        assertEquals(IdeaStatus.NEW, original.status());
    }

    @Test
    void anIdeaCannotBeMergedIntoItself() {
        Idea idea = idea(42);
        assertRefused(InvalidFieldException.class, "into", "merge.into.self", () -> idea.mergeInto(idea, PAT, LATER));
        assertRefused(InvalidFieldException.class, "into", "merge.into.self", () -> idea.mergeInto(idea(42), PAT, LATER));
        assertEquals(Optional.empty(), idea.mergedInto());
    }

    @Test
    void anIdeaCannotBeMergedIntoOneThatIsMergedAway() {
        Idea target = idea(7);
        target.mergeInto(idea(3), PAT, LATER);
        Idea idea = idea(42);

        assertRefused(InvalidFieldException.class, "into", "merge.into.merged", () -> idea.mergeInto(target, PAT, LATEST));
        assertEquals(IdeaStatus.NEW, idea.status());
        assertFalse(idea.isLocked());
    }

    @Test
    void anIdeaAlreadyMergedCannotBeMergedAgain() {
        Idea idea = idea(42);
        idea.mergeInto(idea(7), PAT, LATER);

        assertRefused(ConflictException.class, "into", "merge.already", () -> idea.mergeInto(idea(8), PAT, LATEST));
        assertEquals(Optional.of(7L), idea.mergedInto());
    }

    @Test
    void unmergingGivesBackTheStatusAndOpensTheIdea() {
        Idea idea = idea(42);
        idea.changeStatus(IdeaStatus.PLANNED, PAT, null, workflow, LATER);
        idea.mergeInto(idea(7), PAT, LATER);

        IdeaEventDraft entry = idea.unmerge(IdeaStatus.PLANNED, PAT, LATEST);

        assertEquals(Optional.empty(), idea.mergedInto());
        assertEquals(IdeaStatus.PLANNED, idea.status());
        assertFalse(idea.isLocked());
        assertEquals(Optional.of(LATEST), idea.statusChangedAt());
        assertEquals(new IdeaEventDraft(42, IdeaEvent.Kind.UNMERGE, PAT, "7", "planned", Optional.empty(), null, LATEST),
                entry);
    }

    @Test
    void anIdeaThatIsNotMergedCannotBeUnmerged() {
        Idea idea = idea(42);
        assertRefused(ConflictException.class, "idea", "merge.none", () -> idea.unmerge(IdeaStatus.NEW, PAT, LATER));
        assertEquals(Optional.empty(), idea.statusChangedAt());
    }

    @Test
    void reassigningGivesTheIdeaToTheTeamAndLeavesTheOldTeamsCategory() {
        Idea idea = idea(42).fileUnder(11, 3);

        IdeaEventDraft entry = idea.reassign(Optional.of(billing), Optional.of(mobile), PAT, "Their app", LATER);

        assertEquals(Optional.of(4L), idea.teamId());
        assertEquals(Optional.empty(), idea.categoryId());
        assertEquals(LATER, idea.lastActivityAt());
        assertEquals(new IdeaEventDraft(42, IdeaEvent.Kind.TEAM, PAT, "billing", "mobile", Optional.of(4L), "Their app",
                LATER), entry);
    }

    @Test
    void reassigningBackToTriageLeavesNoTeam() {
        Idea idea = idea(42).assignTo(3);

        IdeaEventDraft entry = idea.reassign(Optional.of(billing), Optional.empty(), PAT, null, LATER);

        assertEquals(Optional.empty(), idea.teamId());
        assertNull(entry.to());
        assertEquals(Optional.empty(), entry.teamId());
    }

    @Test
    void reassigningToTheTeamItHasIsRefused() {
        Idea idea = idea(42).assignTo(3);
        assertRefused(InvalidFieldException.class, "team", "team.unchanged",
                () -> idea.reassign(Optional.of(billing), Optional.of(billing), PAT, null, LATER));
        Idea inTriage = idea(43);
        assertRefused(InvalidFieldException.class, "team", "team.unchanged",
                () -> inTriage.reassign(Optional.empty(), Optional.empty(), PAT, null, LATER));
    }

    @Test
    void refilingMovesTheIdeaToTheCategoryAndItsTeam() {
        Idea idea = idea(42).assignTo(3);
        Category phones = stored(new Category("phones", "Phones", 4, POSTED), "id", 12L);

        IdeaEventDraft entry = idea.refile(phones, mobile, Optional.of(billing), PAT, null, LATER);

        assertEquals(Optional.of(12L), idea.categoryId());
        assertEquals(Optional.of(4L), idea.teamId());
        assertEquals(new IdeaEventDraft(42, IdeaEvent.Kind.TEAM, PAT, "billing", "mobile", Optional.of(4L), null, LATER),
                entry);
    }

    @Test
    void refilingUnderTheSameCategoryOrWithAnotherTeamIsRefused() {
        Category invoices = stored(new Category("invoices", "Invoices", 3, POSTED), "id", 11L);
        Idea idea = idea(42).fileUnder(11, 3);
        assertRefused(InvalidFieldException.class, "category", "category.unchanged",
                () -> idea.refile(invoices, billing, Optional.of(billing), PAT, null, LATER));
        assertRefused(InvalidFieldException.class, "team", "idea.team.mismatch",
                () -> idea(43).refile(invoices, mobile, Optional.empty(), PAT, null, LATER));
    }

    @Test
    void aCommentIsActivityAndOnlyAnOfficialOneAnAnswer() {
        Idea idea = idea(42);
        idea.touch(false, LATER);
        assertEquals(LATER, idea.lastActivityAt());
        assertEquals(Optional.empty(), idea.firstResponseAt());

        idea.touch(true, LATEST);
        idea.touch(true, LATEST.plusSeconds(60));
        assertEquals(Optional.of(LATEST), idea.firstResponseAt());
        assertEquals(LATEST.plusSeconds(60), idea.lastActivityAt());
    }

    private static Idea idea(long number) {
        return stored(Idea.post(new IdeaTitle("Dark mode for the app"), new IdeaBody("Easier on the eyes at night."), 1,
                POSTED), "number", number);
    }

    private static void assertRefused(Class<? extends DomainException> kind, String field, String key,
                                      org.junit.jupiter.api.function.Executable verb) {
        DomainException refused = assertThrows(kind, verb);
        assertEquals(field, refused.field());
        assertEquals(key, refused.messageKey());
    }

    /** As the database leaves an entity once stored: with the id it generated. */
    private static <T> T stored(T entity, String idField, Long id) {
        try {
            Field field = entity.getClass().getDeclaredField(idField);
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
