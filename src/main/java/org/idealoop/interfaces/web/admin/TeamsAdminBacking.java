package org.idealoop.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.idealoop.application.TeamService;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/teams: the product teams with a link to each one's settings (/admin/team), and a form to add one.
 * A refusal (a taken slug, an SLA of 0 hours) is shown beside its field by the DomainErrorHandler.
 */
@Named
@ViewScoped
public class TeamsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamService teams;

    private String name;
    private String slug;
    private Integer slaHours;

    private transient List<ProductTeam> all;

    public void create() {
        ProductTeam created = teams.create(slug, name, null, slaHours);
        Pages.info("admin.teams.created", created.name());
        name = null;
        slug = null;
        slaHours = null;
        all = null;
    }

    public List<ProductTeam> getTeams() {
        if (all == null) {
            all = teams.all();
        }
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Integer getSlaHours() {
        return slaHours;
    }

    public void setSlaHours(Integer slaHours) {
        this.slaHours = slaHours;
    }
}
