package org.idealoop.domain.workflow;

import java.util.Set;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.IdeaStatus;

/**
 * The allowed moves between statuses (admins configure them) and the rules every move obeys:
 * declining needs a reason, and so does re-opening a declined idea.
 */
public record StatusWorkflow(Set<Transition> transitions) {

    public static final int MAX_MESSAGE_LENGTH = 5_000;

    public record Transition(IdeaStatus from, IdeaStatus to) {
    }

    public StatusWorkflow {
        transitions = Set.copyOf(transitions);
    }

    public boolean allows(IdeaStatus from, IdeaStatus to) {
        return transitions.contains(new Transition(from, to));
    }

    /** Checks one move; each refusal names the field to fix. */
    public void check(IdeaStatus from, IdeaStatus to, String message) {
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_MESSAGE_LENGTH) {
            throw new InvalidFieldException("message", "status.message.length");
        }
        if (from == to) {
            throw new InvalidFieldException("status", "status.unchanged");
        }
        if (!allows(from, to)) {
            throw new InvalidFieldException("status", "status.transition.refused");
        }
        if (to == IdeaStatus.DECLINED && text.isEmpty()) {
            throw new InvalidFieldException("message", "status.decline.reason");
        }
        if (from == IdeaStatus.DECLINED && text.isEmpty()) {
            throw new InvalidFieldException("message", "status.reopen.reason");
        }
    }
}
