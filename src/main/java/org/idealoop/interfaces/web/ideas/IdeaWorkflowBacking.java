package org.idealoop.interfaces.web.ideas;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.idealoop.application.MergeService;
import org.idealoop.application.OutcomeService;
import org.idealoop.application.WorkflowService;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.interfaces.web.Pages;

/**
 * The idea page's workflow forms: the staff's status change and merging, and the outcome question voters of a
 * delivered idea answer (the idea itself is {@link IdeaBacking}'s).
 */
@Named
@ViewScoped
public class IdeaWorkflowBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdeaBacking page;

    @Inject
    WorkflowService workflow;

    @Inject
    MergeService merges;

    @Inject
    OutcomeService outcomes;

    private String newStatus;
    private String statusMessage;
    private Long mergeInto;
    private String outcomeComment;

    public List<IdeaStatus> getNextStatuses() {
        Idea idea = page.getIdea();
        return idea == null || idea.mergedInto().isPresent() ? List.of() : workflow.nextStatuses(idea);
    }

    /** Merge and unmerge are offered to whom the service allows them: the idea's team's staff, moderators, admins. */
    public boolean isCurator() {
        return page.getIdea() != null && workflow.canCurate(page.getIdea());
    }

    public void changeStatus() {
        workflow.changeStatus(page.getNumber(), newStatus, statusMessage);
        newStatus = null;
        statusMessage = null;
        page.reload();
        Pages.info("status.changed");
    }

    public void merge() {
        merges.merge(page.getNumber(), mergeInto);
        mergeInto = null;
        page.reload();
    }

    public void unmerge() {
        merges.unmerge(page.getNumber());
        page.reload();
    }

    /** Empty: not asked; else the member's answer so far (empty: not answered). */
    public Optional<Optional<Boolean>> getOutcomeQuestion() {
        return page.getIdea() == null ? Optional.empty() : outcomes.outcomeQuestion(page.getIdea());
    }

    public void answerOutcome(boolean solved) {
        outcomes.answerOutcome(page.getNumber(), solved, outcomeComment);
        outcomeComment = null;
        page.reload();
        Pages.info("outcome.thanks");
    }

    public WorkflowService.Outcome getOutcome() {
        return WorkflowService.Outcome.of(page.getIdea().outcomeYes(), page.getIdea().outcomeNo());
    }

    public String getOutcomeComment() {
        return outcomeComment;
    }

    public void setOutcomeComment(String outcomeComment) {
        this.outcomeComment = outcomeComment;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public String getStatusMessage() {
        return statusMessage;
    }

    public void setStatusMessage(String statusMessage) {
        this.statusMessage = statusMessage;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }
}
