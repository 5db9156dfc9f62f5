package org.idealoop.interfaces.web.teams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.application.TeamService;
import org.idealoop.application.TriageInboxService;
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
    TeamService teams;

    @Inject
    TriageInboxService inboxes;

    @Inject
    WorkflowService workflow;

    @Inject
    org.idealoop.application.PriorityService prioritySummary;

    private String team;
    private String view;
    private String sort;
    private String segment;
    private transient java.util.Map<Long, org.idealoop.domain.priority.PriorityBreakdown> priorities;
    private transient TriageInboxService.Inbox inbox;
    private List<TriageInboxService.InboxItem> selected = new ArrayList<>();
    private String bulkStatus;
    private String bulkMessage;

    public TriageInboxService.Inbox getInbox() {
        if (inbox == null) {
            try {
                inbox = team == null || team.isBlank() ? inboxes.triage(view, sort, segment, 100)
                        : inboxes.inbox(team, view, null, null, sort, segment, 100);
            } catch (InvalidFieldException e) {
                Pages.error(e.messageKey());
            } catch (ForbiddenException e) {
                Pages.error(e.messageKey());
            } catch (NotFoundException e) {
                Pages.error("team.unknown");
            }
            if (inbox == null) {
                inbox = new TriageInboxService.Inbox("awaiting", 72, List.of());
            }
        }
        return inbox;
    }

    public List<ProductTeam> getTeams() {
        return teams.all();
    }

    public List<String> getViews() {
        return TriageInboxService.INBOX_VIEWS;
    }

    public List<IdeaStatus> getStatuses() {
        return List.of(IdeaStatus.values());
    }

    public List<String> getSorts() {
        return TriageInboxService.INBOX_SORTS;
    }

    public List<String> getSegments() {
        return org.idealoop.application.PriorityService.SEGMENTS;
    }

    /** The inbox's address with this view, sort and segment (null: none), keeping the team. */
    public String href(String toView, String toSort, String toSegment) {
        StringBuilder href = new StringBuilder("inbox?view=").append(encode(toView == null ? getView() : toView));
        if (team != null && !team.isBlank()) {
            href.append("&team=").append(encode(team));
        }
        if (toSort != null && !toSort.isBlank()) {
            href.append("&sort=").append(encode(toSort));
        }
        if (toSegment != null && !toSegment.isBlank()) {
            href.append("&segment=").append(encode(toSegment));
        }
        return href.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Is the priority column shown: when the inbox is sorted by priority (staff who may see it, then). */
    public boolean isPriorityShown() {
        return "priority".equals(sort);
    }

    /** The idea's priority score, computed once for the page's ideas. */
    public double priority(TriageInboxService.InboxItem item) {
        if (priorities == null) {
            priorities = prioritySummary.breakdowns(getInbox().items().stream().map(TriageInboxService.InboxItem::idea).toList());
        }
        var breakdown = priorities.get(item.idea().number());
        return breakdown == null ? 0 : breakdown.priority();
    }

    public String path(TriageInboxService.InboxItem item) {
        return Slug.path(item.idea().number(), item.idea().title());
    }

    public void applyBulk() {
        int changed = 0;
        List<String> problems = new ArrayList<>();
        for (TriageInboxService.InboxItem item : selected) {
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
        priorities = null;
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

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public List<TriageInboxService.InboxItem> getSelected() {
        return selected;
    }

    public void setSelected(List<TriageInboxService.InboxItem> selected) {
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
