package org.idealoop.domain.workflow;

import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.IdeaStatus;

/**
 * A set of allowed moves that would strand ideas: a status no move leads to, or an open status no move
 * leaves. Names the list of moves ({@code transitions}) and, in its message, the status.
 */
public class WorkflowGapException extends InvalidFieldException {

    private final IdeaStatus status;

    public WorkflowGapException(StatusWorkflow.Gap gap) {
        super("transitions", gap.kind() == StatusWorkflow.Gap.Kind.UNREACHABLE
                ? "status.workflow.unreachable" : "status.workflow.noWayOut");
        this.status = gap.status();
    }

    public IdeaStatus status() {
        return status;
    }

    /** The status's label, then the initial status's label. */
    @Override
    public Object[] messageArguments() {
        return new Object[] {status.label(), StatusWorkflow.INITIAL.label()};
    }
}
