package org.idealoop.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.IdeaStatus;
import org.junit.jupiter.api.Test;

class StatusWorkflowTest {

    final StatusWorkflow workflow = new StatusWorkflow(Set.of(
            new StatusWorkflow.Transition(IdeaStatus.NEW, IdeaStatus.PLANNED),
            new StatusWorkflow.Transition(IdeaStatus.NEW, IdeaStatus.DECLINED),
            new StatusWorkflow.Transition(IdeaStatus.DECLINED, IdeaStatus.UNDER_REVIEW)));

    @Test
    void anAllowedMovePasses() {
        assertDoesNotThrow(() -> workflow.check(IdeaStatus.NEW, IdeaStatus.PLANNED, null));
    }

    @Test
    void aMoveNotConfiguredIsRefusedNamingTheStatus() {
        assertEquals("status", refused(IdeaStatus.PLANNED, IdeaStatus.DELIVERED, "done").field());
        assertEquals("status.transition.refused", refused(IdeaStatus.PLANNED, IdeaStatus.DELIVERED, "").messageKey());
        assertEquals("status.unchanged", refused(IdeaStatus.NEW, IdeaStatus.NEW, "x").messageKey());
    }

    @Test
    void decliningAndReopeningNeedAReason() {
        assertEquals("message", refused(IdeaStatus.NEW, IdeaStatus.DECLINED, "  ").field());
        assertEquals("status.reopen.reason", refused(IdeaStatus.DECLINED, IdeaStatus.UNDER_REVIEW, null).messageKey());
        assertDoesNotThrow(() -> workflow.check(IdeaStatus.NEW, IdeaStatus.DECLINED, "Out of scope for us"));
        assertDoesNotThrow(() -> workflow.check(IdeaStatus.DECLINED, IdeaStatus.UNDER_REVIEW, "Customers insist"));
    }

    @Test
    void anOverlongMessageIsRefused() {
        assertEquals("message", refused(IdeaStatus.NEW, IdeaStatus.PLANNED, "x".repeat(5_001)).field());
    }

    /** The moves Flyway installs (V10): whole. */
    static Set<StatusWorkflow.Transition> defaults() {
        String[][] pairs = {{"new", "under_review"}, {"new", "planned"}, {"new", "declined"}, {"new", "duplicate"},
                {"new", "archived"}, {"under_review", "planned"}, {"under_review", "in_progress"},
                {"under_review", "declined"}, {"under_review", "duplicate"}, {"under_review", "archived"},
                {"under_review", "new"}, {"planned", "in_progress"}, {"planned", "delivered"}, {"planned", "declined"},
                {"planned", "under_review"}, {"in_progress", "delivered"}, {"in_progress", "planned"},
                {"in_progress", "declined"}, {"delivered", "archived"}, {"delivered", "in_progress"},
                {"declined", "under_review"}, {"declined", "new"}, {"declined", "archived"}, {"duplicate", "new"},
                {"archived", "new"}};
        Set<StatusWorkflow.Transition> moves = new java.util.HashSet<>();
        for (String[] pair : pairs) {
            moves.add(move(pair[0], pair[1]));
        }
        return moves;
    }

    static StatusWorkflow.Transition move(String from, String to) {
        return new StatusWorkflow.Transition(IdeaStatus.fromId(from).orElseThrow(), IdeaStatus.fromId(to).orElseThrow());
    }

    static Set<StatusWorkflow.Transition> without(Set<StatusWorkflow.Transition> moves, StatusWorkflow.Transition... gone) {
        Set<StatusWorkflow.Transition> left = new java.util.HashSet<>(moves);
        java.util.Arrays.asList(gone).forEach(left::remove);
        return left;
    }

    @Test
    void theInstalledWorkflowIsWhole() {
        assertEquals(java.util.Optional.empty(), new StatusWorkflow(defaults()).gap());
        assertDoesNotThrow(() -> new StatusWorkflow(defaults()).requireWhole());
    }

    @Test
    void anOpenStatusWithNoMoveOutIsAGap() {
        Set<StatusWorkflow.Transition> moves = without(defaults(), move("in_progress", "delivered"),
                move("in_progress", "planned"), move("in_progress", "declined"));

        assertEquals(java.util.Optional.of(new StatusWorkflow.Gap(IdeaStatus.IN_PROGRESS, StatusWorkflow.Gap.Kind.NO_WAY_OUT)),
                new StatusWorkflow(moves).gap());
        WorkflowGapException refused = assertThrows(WorkflowGapException.class, () -> new StatusWorkflow(moves).requireWhole());
        assertEquals("transitions", refused.field());
        assertEquals("status.workflow.noWayOut", refused.messageKey());
        assertEquals(new org.idealoop.domain.BundleText("idea.status.in_progress"), refused.messageArguments()[0]);
    }

    @Test
    void aFinalStatusMayHaveNoMoveOut() {
        Set<StatusWorkflow.Transition> moves = without(defaults(), move("delivered", "archived"), move("delivered", "in_progress"),
                move("archived", "new"), move("duplicate", "new"));

        assertEquals(java.util.Optional.empty(), new StatusWorkflow(moves).gap());
        for (IdeaStatus status : IdeaStatus.values()) {
            assertEquals(status.isClosed(), StatusWorkflow.isFinal(status), status.id());
        }
    }

    @Test
    void aStatusNoChainOfMovesLeadsToIsAGapEvenWhenItHasMovesOut() {
        Set<StatusWorkflow.Transition> moves = without(defaults(), move("new", "duplicate"), move("under_review", "duplicate"));

        assertEquals(java.util.Optional.of(new StatusWorkflow.Gap(IdeaStatus.DUPLICATE, StatusWorkflow.Gap.Kind.UNREACHABLE)),
                new StatusWorkflow(moves).gap());
        assertEquals("status.workflow.unreachable",
                assertThrows(WorkflowGapException.class, () -> new StatusWorkflow(moves).requireWhole()).messageKey());
    }

    @Test
    void reachingAStatusOnlyThroughAnotherCounts() {
        Set<StatusWorkflow.Transition> chain = Set.of(move("new", "under_review"), move("under_review", "planned"),
                move("planned", "in_progress"), move("in_progress", "delivered"), move("in_progress", "declined"),
                move("declined", "duplicate"), move("duplicate", "archived"));

        assertEquals(java.util.Optional.empty(), new StatusWorkflow(chain).gap());
        assertEquals(java.util.Optional.of(new StatusWorkflow.Gap(IdeaStatus.DELIVERED, StatusWorkflow.Gap.Kind.UNREACHABLE)),
                new StatusWorkflow(without(chain, move("in_progress", "delivered"))).gap());
        assertEquals(java.util.Optional.of(new StatusWorkflow.Gap(IdeaStatus.PLANNED, StatusWorkflow.Gap.Kind.UNREACHABLE)),
                new StatusWorkflow(without(chain, move("under_review", "planned"))).gap(),
                "the first unreachable status in the order of the statuses");
    }

    @Test
    void decliningAndReopeningAreTheMovesThatNeedAReason() {
        assertTrue(StatusWorkflow.requiresReason(IdeaStatus.PLANNED, IdeaStatus.DECLINED));
        assertTrue(StatusWorkflow.requiresReason(IdeaStatus.DECLINED, IdeaStatus.NEW));
        assertFalse(StatusWorkflow.requiresReason(IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS));
        assertFalse(StatusWorkflow.requiresReason(IdeaStatus.ARCHIVED, IdeaStatus.NEW));
    }

    private InvalidFieldException refused(IdeaStatus from, IdeaStatus to, String message) {
        return assertThrows(InvalidFieldException.class, () -> workflow.check(from, to, message));
    }
}
