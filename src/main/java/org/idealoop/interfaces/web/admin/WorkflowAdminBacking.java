package org.idealoop.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.idealoop.application.Messages;
import org.idealoop.application.StatusWorkflowService;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.workflow.StatusWorkflow;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/workflow: the allowed status moves as a matrix (a row per status an idea is in, a column per
 * status it may move to). Saving hands the whole matrix to one service call; a workflow that would
 * strand ideas is refused at the top of the form by the DomainErrorHandler, and the matrix keeps what
 * the admin ticked.
 */
@Named
@ViewScoped
public class WorkflowAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StatusWorkflowService workflow;

    /** from id -> to id -> allowed: what the checkboxes show and post. */
    private final Map<String, Map<String, Boolean>> allowed = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        Set<StatusWorkflow.Transition> transitions = workflow.transitions();
        for (IdeaStatus from : IdeaStatus.values()) {
            Map<String, Boolean> row = new LinkedHashMap<>();
            for (IdeaStatus to : IdeaStatus.values()) {
                row.put(to.id(), transitions.contains(new StatusWorkflow.Transition(from, to)));
            }
            allowed.put(from.id(), row);
        }
    }

    public void save() {
        Set<StatusWorkflow.Transition> transitions = new HashSet<>();
        for (IdeaStatus from : IdeaStatus.values()) {
            for (IdeaStatus to : IdeaStatus.values()) {
                if (from != to && Boolean.TRUE.equals(allowed.get(from.id()).get(to.id()))) {
                    transitions.add(new StatusWorkflow.Transition(from, to));
                }
            }
        }
        workflow.replaceTransitions(transitions);
        Pages.info("admin.workflow.saved", transitions.size());
    }

    public List<IdeaStatus> getStatuses() {
        return Arrays.asList(IdeaStatus.values());
    }

    public Map<String, Map<String, Boolean>> getAllowed() {
        return allowed;
    }

    public boolean isFinal(IdeaStatus status) {
        return StatusWorkflow.isFinal(status);
    }

    /** The checkbox's accessible name: "From Planned to In progress", saying when the move needs a reason. */
    public String cellLabel(IdeaStatus from, IdeaStatus to) {
        String key = from == to ? "admin.workflow.cell.same"
                : requiresReason(from, to) ? "admin.workflow.cell.reason" : "admin.workflow.cell";
        return Messages.text(Pages.locale(), key, from.label(), to.label());
    }

    public boolean requiresReason(IdeaStatus from, IdeaStatus to) {
        return from != to && StatusWorkflow.requiresReason(from, to);
    }
}
