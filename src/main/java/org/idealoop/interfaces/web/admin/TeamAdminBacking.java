package org.idealoop.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.idealoop.application.CurrentMember;
import org.idealoop.application.TeamCategoryService;
import org.idealoop.application.TeamService;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/team?team=SLUG: the settings of one product team (name and SLA target, staff, categories,
 * routing rules with a "test this rule" box, deleting it). Admins change them; the team's own product
 * managers read them (and use the test box); anyone else gets the 403 page. Every action is one service
 * call, which checks the role again; a refusal is shown beside its field by the DomainErrorHandler.
 * Destructive actions take a second step: the first click only says what is about to be removed.
 * This bean holds the page (the team, its name and SLA, its categories, deleting it, the second step);
 * the staff and the routing rules have their own beans, {@link TeamStaffBacking} and {@link TeamRoutingBacking}.
 */
@Named
@ViewScoped
public class TeamAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamService teams;

    @Inject
    TeamCategoryService categoryService;

    @Inject
    CurrentMember currentMember;

    private String team;
    private String teamName;
    private boolean editable;

    private String editName;
    private Integer editSlaHours;

    private String categoryName;
    private Long renaming;
    private String newCategoryName;
    private Long moveTo;

    /** What the second step asks about: "member-7", "category-3", "rule-12" or "team"; null when nothing. */
    private String confirming;

    private transient List<TeamCategoryService.CategoryCount> categories;
    private transient long[] references;

    /** The view action: an unknown team is the 404 page, a team the member may not read the 403 page. */
    public void load() {
        ProductTeam picked = teams.get(team);
        if (!teams.canReadInbox(picked)) {
            Pages.forbidden();
            return;
        }
        team = picked.slug();
        show(picked);
        editable = currentMember.hasRole(Role.ADMIN);
    }

    private void show(ProductTeam t) {
        teamName = t.name();
        editName = t.name();
        editSlaHours = t.slaHours();
    }

    /**
     * After a change: the message, and the page again from a GET (post-redirect-get), so that reloading it
     * never sends the change twice and the address keeps naming the team.
     */
    public void done(String key, Object... arguments) {
        Pages.info(key, arguments);
        Pages.keepMessages();
        Pages.redirect("/admin/team?team=" + team);
    }

    public void change() {
        ProductTeam changed = teams.change(team, editName, null, editSlaHours);
        done("admin.teams.changed", changed.name());
    }

    public void addCategory() {
        done("admin.team.categories.added", categoryService.addCategory(team, categoryName).name());
    }

    public void startRenaming(long categoryId) {
        renaming = categoryId;
        newCategoryName = getCategories().stream().filter(c -> c.category().id() == categoryId)
                .map(c -> c.category().name()).findFirst().orElse(null);
        confirming = null;
    }

    public void rename() {
        done("admin.team.categories.renamed", categoryService.renameCategory(team, renaming, newCategoryName).name());
    }

    public void deleteCategory(long categoryId) {
        categoryService.deleteCategory(team, categoryId, moveTo);
        done("admin.team.categories.deleted");
    }

    public void delete() {
        String name = teamName;
        teams.delete(team);
        Pages.info("admin.team.delete.done", name);
        Pages.keepMessages();
        Pages.redirect("/admin/teams"); // the team is gone: back to the list
    }

    /** First step of a destructive action: what is to be removed is named, with its own confirm button. */
    public void ask(String what) {
        confirming = what;
        renaming = null;
        moveTo = null;
    }

    public void cancel() {
        confirming = null;
        renaming = null;
        newCategoryName = null;
    }

    public boolean isAsking(String what) {
        return what.equals(confirming);
    }

    /** What the second step asks about, or null (for the staff and rule beans' picked rows). */
    public String confirming() {
        return confirming;
    }

    public List<TeamCategoryService.CategoryCount> getCategories() {
        if (categories == null) {
            categories = categoryService.categories(team);
        }
        return categories;
    }

    /** The category asked about (being renamed or deleted), or null. */
    public TeamCategoryService.CategoryCount getPickedCategory() {
        Long id = renaming != null ? renaming : confirming != null && confirming.startsWith("category-")
                ? Long.valueOf(confirming.substring("category-".length())) : null;
        return id == null ? null : getCategories().stream().filter(c -> c.category().id().equals(id)).findFirst()
                .orElse(null);
    }

    /** Where the ideas of the category being deleted may go: the team's other categories. */
    public List<TeamCategoryService.CategoryCount> getMoveTargets() {
        TeamCategoryService.CategoryCount picked = getPickedCategory();
        return getCategories().stream().filter(c -> picked == null || !c.category().id().equals(picked.category().id()))
                .toList();
    }

    /** What keeps the team from being deleted: ideas and products. */
    public long getIdeaReferences() {
        return references()[0];
    }

    public long getProductReferences() {
        return references()[1];
    }

    private long[] references() {
        if (references == null) {
            references = teams.references(team);
        }
        return references;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getTeamName() {
        return teamName;
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

    public String getCategoryName() {
        return categoryName;
    }

    public void setCategoryName(String categoryName) {
        this.categoryName = categoryName;
    }

    public Long getRenaming() {
        return renaming;
    }

    public String getNewCategoryName() {
        return newCategoryName;
    }

    public void setNewCategoryName(String newCategoryName) {
        this.newCategoryName = newCategoryName;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }
}
