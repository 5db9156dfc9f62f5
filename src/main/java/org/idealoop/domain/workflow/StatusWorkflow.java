package org.idealoop.domain.workflow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.IdeaStatus;

/**
 * The allowed moves between statuses (admins configure them) and the rules every move obeys:
 * declining needs a reason, and so does re-opening a declined idea.
 */
public record StatusWorkflow(Set<Transition> transitions) {

    public static final int MAX_MESSAGE_LENGTH = 5_000;

    /** Every idea starts here (posting an idea gives it this status). */
    public static final IdeaStatus INITIAL = IdeaStatus.NEW;

    public record Transition(IdeaStatus from, IdeaStatus to) {
    }

    public StatusWorkflow {
        transitions = Set.copyOf(transitions);
    }

    public boolean allows(IdeaStatus from, IdeaStatus to) {
        return transitions.contains(new Transition(from, to));
    }

    /**
     * Whether an idea may rest in this status for good, so that it needs no way out: the closed statuses
     * (delivered, declined, duplicate, archived), which take no more votes and end the idea's story. An
     * open status (new, under review, planned, in progress) promises a next step, so it needs a move out.
     * Closed statuses may still have moves out (reopening a declined idea, unarchiving), they just need none.
     */
    public static boolean isFinal(IdeaStatus status) {
        return status.isClosed();
    }

    /** Whether this move asks for a message saying why: declining an idea, and reopening a declined one. */
    public static boolean requiresReason(IdeaStatus from, IdeaStatus to) {
        return to == IdeaStatus.DECLINED || from == IdeaStatus.DECLINED;
    }

    /** A status the moves would strand ideas around. */
    public record Gap(IdeaStatus status, Kind kind) {

        public enum Kind {
            /** No chain of moves from the initial status leads there. */
            UNREACHABLE,
            /** An open (not final) status with no move out: ideas there could never move on. */
            NO_WAY_OUT
        }
    }

    /**
     * The first gap of this workflow, if any. A workflow is whole when every status can be reached from
     * {@link #INITIAL} by some chain of moves (ideas sit in every status, merges make duplicates, and an
     * admin must be able to bring an idea to each one), and every status that is not {@link #isFinal final}
     * has at least one move out. Unreachable statuses are reported first, in the order of the enum.
     */
    public Optional<Gap> gap() {
        Set<IdeaStatus> reached = EnumSet.of(INITIAL);
        Deque<IdeaStatus> next = new ArrayDeque<>(reached);
        while (!next.isEmpty()) {
            IdeaStatus from = next.pop();
            for (Transition t : transitions) {
                if (t.from() == from && reached.add(t.to())) {
                    next.push(t.to());
                }
            }
        }
        for (IdeaStatus status : IdeaStatus.values()) {
            if (!reached.contains(status)) {
                return Optional.of(new Gap(status, Gap.Kind.UNREACHABLE));
            }
        }
        for (IdeaStatus status : IdeaStatus.values()) {
            if (!isFinal(status) && transitions.stream().noneMatch(t -> t.from() == status)) {
                return Optional.of(new Gap(status, Gap.Kind.NO_WAY_OUT));
            }
        }
        return Optional.empty();
    }

    /** Refuses a workflow with a {@link #gap() gap}, naming the status. */
    public void requireWhole() {
        Optional<Gap> gap = gap();
        if (gap.isPresent()) {
            throw new WorkflowGapException(gap.get());
        }
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
        if (requiresReason(from, to) && text.isEmpty()) {
            throw new InvalidFieldException("message", "status.reopen.reason");
        }
    }
}
