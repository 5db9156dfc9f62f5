package org.idealoop.interfaces.web.teams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.idealoop.application.RoadmapService;
import org.idealoop.application.TeamService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.Slug;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.interfaces.web.Pages;

/**
 * /roadmap, a board with a column per roadmap status (under review, planned, in progress, delivered; all teams
 * or one), and /in-action (delivered with closing messages).
 */
@Named
@RequestScoped
public class RoadmapBacking {

    @Inject
    TeamService teams;

    @Inject
    RoadmapService roadmaps;

    @Inject
    org.idealoop.application.PriorityService priority;

    private String team;
    private String sort;
    private RoadmapService.Roadmap roadmap;
    private List<RoadmapService.Delivered> delivered;
    private List<ProductTeam> allTeams;

    public RoadmapService.Roadmap getRoadmap() {
        if (roadmap == null) {
            try {
                roadmap = roadmaps.roadmap(team, 50);
            } catch (InvalidFieldException e) {
                Pages.error(e.messageKey());
                team = null;
                roadmap = roadmaps.roadmap(null, 50);
            }
        }
        return roadmap;
    }

    public List<RoadmapService.Delivered> getDelivered() {
        if (delivered == null) {
            delivered = roadmaps.inAction(50);
        }
        return delivered;
    }

    /** The board's columns, left to right; each id is a status id (column-under_review in the page). */
    public List<Column> getColumns() {
        RoadmapService.Roadmap board = getRoadmap();
        return List.of(new Column("under_review", planned(board.underReview())), new Column("planned", planned(board.planned())),
                new Column("in_progress", planned(board.inProgress())), new Column("delivered", board.delivered()));
    }

    /** The team's staff plan with the board in priority order (each open column, highest first). */
    private List<Idea> planned(List<Idea> ideas) {
        return isPriorityOrder() ? priority.prioritise(ideas, java.util.Optional.empty(), true) : ideas;
    }

    /** Priority order is offered to those who read the chosen team's inbox (its product managers, admins). */
    public boolean isPriorityOffered() {
        return team != null && getTeams().stream().filter(t -> t.slug().equals(team)).findFirst()
                .map(teams::canReadInbox).orElse(false);
    }

    public boolean isPriorityOrder() {
        return "priority".equals(sort) && isPriorityOffered();
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public record Column(String status, List<Idea> ideas) {
    }

    public List<ProductTeam> getTeams() {
        if (allTeams == null) {
            allTeams = teams.all();
        }
        return allTeams;
    }

    /** The team an idea is routed to, or null. */
    public ProductTeam team(Idea idea) {
        return idea.teamId().flatMap(id -> getTeams().stream().filter(t -> t.id().equals(id)).findFirst()).orElse(null);
    }

    public String path(Idea idea) {
        return Slug.path(idea.number(), idea.title());
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
