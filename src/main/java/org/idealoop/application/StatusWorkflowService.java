package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.workflow.StatusWorkflow;
import org.idealoop.domain.workflow.WorkflowRepository;

/** The allowed moves between statuses: everyone reads them, admins replace them. */
@ApplicationScoped
@Transactional
public class StatusWorkflowService {

    private static final Logger LOG = Logger.getLogger(StatusWorkflowService.class.getName());

    @Inject
    WorkflowRepository workflow;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<StatusWorkflow.Transition> transitions() {
        return workflow.workflow().transitions();
    }

    /** Admins replace the allowed moves, given as [from, to] pairs of status ids (the API's shape). */
    public void replaceTransitions(List<List<String>> pairs) {
        currentMember.requireRole(Role.ADMIN);
        if (pairs == null || pairs.isEmpty()) {
            throw new InvalidFieldException("transitions", "status.transitions.empty");
        }
        Set<StatusWorkflow.Transition> transitions = new HashSet<>();
        for (List<String> pair : pairs) {
            if (pair == null || pair.size() != 2) {
                throw new InvalidFieldException("transitions", "status.transitions.shape");
            }
            IdeaStatus from = IdeaStatus.fromId(pair.get(0))
                    .orElseThrow(() -> new InvalidFieldException("transitions", "ideas.status.invalid"));
            IdeaStatus to = IdeaStatus.fromId(pair.get(1))
                    .orElseThrow(() -> new InvalidFieldException("transitions", "ideas.status.invalid"));
            transitions.add(new StatusWorkflow.Transition(from, to));
        }
        replaceTransitions(transitions);
    }

    /**
     * Admins replace the allowed moves as a whole (the workflow page's matrix): refused, with nothing
     * stored, when a move stays in place or the moves would strand ideas ({@link StatusWorkflow#gap()}).
     */
    public void replaceTransitions(Set<StatusWorkflow.Transition> transitions) {
        Member me = currentMember.requireRole(Role.ADMIN);
        if (transitions == null || transitions.isEmpty()) {
            throw new InvalidFieldException("transitions", "status.transitions.empty");
        }
        if (transitions.stream().anyMatch(t -> t.from() == t.to())) {
            throw new InvalidFieldException("transitions", "status.unchanged");
        }
        new StatusWorkflow(transitions).requireWhole();
        String before = describe(workflow.workflow().transitions());
        workflow.replaceTransitions(transitions);
        audit.record("status_transitions", org.idealoop.domain.moderation.ContentType.SETTINGS, 0, before,
                describe(transitions));
        LOG.info(() -> "Status workflow replaced (" + transitions.size() + " moves) by member " + me.id());
    }

    private static String describe(Set<StatusWorkflow.Transition> transitions) {
        return transitions.stream().map(t -> t.from().id() + ">" + t.to().id()).sorted().toList().toString();
    }
}
