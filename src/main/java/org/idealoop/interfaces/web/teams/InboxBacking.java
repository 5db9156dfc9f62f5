package org.idealoop.interfaces.web.teams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.application.TeamService;
import org.idealoop.application.WorkflowService;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.idea.Slug;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.interfaces.web.Pages;

/** /inbox?team=slug&view=awaiting: a team's triage inbox with the SLA clock and bulk status changes. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamService teams;

    @Inject
    transient WorkflowService workflow;

    private String team;
    private String view;
    private transient TeamService.Inbox inbox;
    private List<TeamService.InboxItem> selected = new ArrayList<>();
    private String bulkStatus;
    private String bulkMessage;

    public TeamService.Inbox getInbox() {
        if (inbox == null) {
            try {
                inbox = team == null || team.isBlank() ? teams.triage(view, 100) : teams.inbox(team, view, 100);
            } catch (InvalidFieldException e) {
                Pages.error(e.messageKey());
            } catch (ForbiddenException e) {
                Pages.error(e.messageKey());
            } catch (NotFoundException e) {
                Pages.error("team.unknown");
            }
            if (inbox == null) {
                inbox = new TeamService.Inbox("awaiting", 72, List.of());
            }
        }
        return inbox;
    }

    public List<ProductTeam> getTeams() {
        return teams.all();
    }

    public List<String> getViews() {
        return TeamService.INBOX_VIEWS;
    }

    public List<IdeaStatus> getStatuses() {
        return List.of(IdeaStatus.values());
    }

    public String path(TeamService.InboxItem item) {
        return Slug.path(item.idea().number(), item.idea().title());
    }

    public void applyBulk() {
        int changed = 0;
        List<String> problems = new ArrayList<>();
        for (TeamService.InboxItem item : selected) {
            try {
                workflow.changeStatus(item.idea().number(), bulkStatus, bulkMessage);
                changed++;
            } catch (InvalidFieldException e) {
                problems.add("#" + item.idea().number() + ": "
                        + org.idealoop.application.Messages.text(Pages.locale(), e.messageKey()));
            } catch (ForbiddenException | NotFoundException e) {
                problems.add("#" + item.idea().number());
            }
        }
        Pages.info("inbox.bulk.done", changed);
        problems.forEach(p -> Pages.error("inbox.bulk.problem", p));
        selected = new ArrayList<>();
        inbox = null;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getView() {
        return view == null ? "awaiting" : view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public List<TeamService.InboxItem> getSelected() {
        return selected;
    }

    public void setSelected(List<TeamService.InboxItem> selected) {
        this.selected = selected;
    }

    public String getBulkStatus() {
        return bulkStatus;
    }

    public void setBulkStatus(String bulkStatus) {
        this.bulkStatus = bulkStatus;
    }

    public String getBulkMessage() {
        return bulkMessage;
    }

    public void setBulkMessage(String bulkMessage) {
        this.bulkMessage = bulkMessage;
    }
}
