package org.idealoop.interfaces.web.teams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.idealoop.application.TeamService;
import org.idealoop.domain.team.ProductTeam;

/**
 * The follow control of a product team (WEB-INF/includes/team-follow.xhtml), on the team's page and in
 * the staff directory: following a team brings its status changes to the member.
 */
@Named
@ViewScoped
public class TeamFollowBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamService teams;

    private final Map<String, Boolean> following = new HashMap<>();

    public boolean follows(String slug) {
        return following.computeIfAbsent(slug, teams::followsTeam);
    }

    public void toggle(String slug) {
        following.put(slug, teams.follow(slug, !follows(slug)));
    }

    public ProductTeam team(String slug) {
        return teams.get(slug);
    }
}
