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
}
