package org.idealoop.interfaces.web.teams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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

    private String team;
    private TeamService.Roadmap roadmap;
    private List<TeamService.Delivered> delivered;
    private List<ProductTeam> allTeams;

    public TeamService.Roadmap getRoadmap() {
        if (roadmap == null) {
            try {
                roadmap = teams.roadmap(team, 50);
            } catch (InvalidFieldException e) {
                Pages.error(e.messageKey());
                team = null;
                roadmap = teams.roadmap(null, 50);
            }
        }
        return roadmap;
    }

    public List<TeamService.Delivered> getDelivered() {
        if (delivered == null) {
            delivered = teams.inAction(50);
        }
        return delivered;
    }

    /** The board's columns, left to right; each id is a status id (column-under_review in the page). */
    public List<Column> getColumns() {
        TeamService.Roadmap board = getRoadmap();
        return List.of(new Column("under_review", board.underReview()), new Column("planned", board.planned()),
                new Column("in_progress", board.inProgress()), new Column("delivered", board.delivered()));
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
