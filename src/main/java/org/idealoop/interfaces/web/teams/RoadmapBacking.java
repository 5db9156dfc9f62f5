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

/** /roadmap (planned, in progress, delivered; per team) and /in-action (delivered with closing messages). */
@Named
@RequestScoped
public class RoadmapBacking {

    @Inject
    TeamService teams;

    private String team;
    private TeamService.Roadmap roadmap;
    private List<TeamService.Delivered> delivered;

    public TeamService.Roadmap getRoadmap() {
        if (roadmap == null) {
            try {
                roadmap = teams.roadmap(team, 50);
            } catch (InvalidFieldException e) {
                Pages.error(e.messageKey());
                roadmap = new TeamService.Roadmap(List.of(), List.of(), List.of());
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

    public List<ProductTeam> getTeams() {
        return teams.all();
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
