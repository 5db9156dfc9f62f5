package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.workflow.StatusWorkflow;
import org.idealoop.domain.workflow.WorkflowGapException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void anArgumentThatIsABundleTextIsShownInTheReadersWords() {
        WorkflowGapException gap = new WorkflowGapException(
                new StatusWorkflow.Gap(IdeaStatus.IN_PROGRESS, StatusWorkflow.Gap.Kind.UNREACHABLE));

        assertEquals("No chain of moves leads from New to In progress: allow a move into In progress.",
                Messages.text(Locale.ENGLISH, gap.messageKey(), gap.messageArguments()));
    }

    @Test
    void aTextWithoutArgumentsKeepsItsApostrophes() {
        assertEquals("Hold new members' first posts for approval", Messages.text(Locale.ENGLISH, "admin.settings.hold"));
    }

    @Test
    void countsAgreeWithTheirNouns() {
        assertEquals("— 1 idea, 1 comment, 0 hidden, 1 sanction", Messages.text(Locale.ENGLISH, "desk.history", 1, 1, 0, 1));
        assertEquals("— 2 ideas, no comments, 3 hidden, 4 sanctions",
                Messages.text(Locale.ENGLISH, "desk.history", 2, 0, 3, 4));
        assertEquals("— 1 Idee, 2 Kommentare, 0 ausgeblendet, keine Sanktionen",
                Messages.text(Locale.GERMAN, "desk.history", 1, 2, 0, 0));
    }
}
