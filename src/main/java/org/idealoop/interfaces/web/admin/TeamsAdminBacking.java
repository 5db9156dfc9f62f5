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
 * /admin/teams: the product teams, a form to add one and one to change the team picked from the list.
 * A refusal (a taken slug, an SLA of 0 hours) is shown beside its field by the DomainErrorHandler.
 */
@Named
@ViewScoped
public class TeamsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamService teams;

    private String name;
    private String slug;
    private Integer slaHours;

    /** The team being changed (from ?team=), with the values of the change form. */
    private String team;
    private String editName;
    private Integer editSlaHours;

    private transient List<ProductTeam> all;

    /** Fills the change form with the picked team's values; an unknown team is the 404 page. */
    public void load() {
        if (team != null && !team.isBlank()) {
            ProductTeam picked = teams.get(team);
            editName = picked.name();
            editSlaHours = picked.slaHours();
        }
    }

    public void create() {
        ProductTeam created = teams.create(slug, name, null, slaHours);
        Pages.info("admin.teams.created", created.name());
        name = null;
        slug = null;
        slaHours = null;
        all = null;
    }

    public void change() {
        ProductTeam changed = teams.change(team, editName, null, editSlaHours);
        Pages.info("admin.teams.changed", changed.name());
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

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public Integer getEditSlaHours() {
        return editSlaHours;
    }

    public void setEditSlaHours(Integer editSlaHours) {
        this.editSlaHours = editSlaHours;
    }
}
