package org.idealoop.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    private InvalidFieldException refused(IdeaStatus from, IdeaStatus to, String message) {
        return assertThrows(InvalidFieldException.class, () -> workflow.check(from, to, message));
    }
}
