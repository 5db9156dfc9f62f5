package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.category.CategoryRepository;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.team.ProductTeam;

/** The categories a team owns (ideas filed under them are routed to it): admins add, rename and delete them. */
@ApplicationScoped
@Transactional
public class TeamCategoryService {

    @Inject
    TeamService teamService;

    @Inject
    CategoryRepository categories;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService audit;

    @Inject
    jakarta.enterprise.event.Event<IdeaChanged> ideaChanged;

    private final Clock clock = Clock.systemUTC();

    public Category addCategory(String slug, String name) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = teamService.get(slug);
        String n = categoryName(name, null);
        Category added = categories.add(new Category(org.idealoop.domain.idea.Slug.of(n), n, team.id(), clock.instant()));
        audit.record("category_add", ContentType.TEAM, team.id(), null, "category=" + added.slug() + " name=" + n);
        return added;
    }

    /** A new name for a category of the team; its slug (links, filters, the search index) stays. */
    public Category renameCategory(String slug, long categoryId, String name) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = teamService.get(slug);
        Category category = categoryOf(team, categoryId);
        String before = category.name();
        category.rename(categoryName(name, category));
        audit.record("category_rename", ContentType.TEAM, team.id(), "category=" + category.slug() + " name=" + before,
                "category=" + category.slug() + " name=" + category.name());
        return category;
    }

    /**
     * Deletes a category of the team. One that still has ideas is refused with their number, unless
     * they are moved first to another category of the same team ({@code moveTo}, a category id).
     */
    public void deleteCategory(String slug, long categoryId, Long moveTo) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = teamService.get(slug);
        Category category = categoryOf(team, categoryId);
        long ideas = categories.ideaCounts(team.id()).getOrDefault(category.id(), 0L);
        String moved = "";
        if (ideas > 0) {
            if (moveTo == null) {
                throw new ConflictException("moveTo", "team.category.hasIdeas", ideas);
            }
            Category target = categories.findCategory(moveTo)
                    .filter(c -> c.teamId() == team.id() && !c.id().equals(category.id()))
                    .orElseThrow(() -> new InvalidFieldException("moveTo", "team.category.moveTo"));
            categories.moveIdeas(category.id(), target.id()).forEach(n -> ideaChanged.fire(new IdeaChanged(n)));
            moved = " ideasMovedTo=" + target.slug() + " ideas=" + ideas;
        }
        categories.remove(category);
        audit.record("category_delete", ContentType.TEAM, team.id(),
                "category=" + category.slug() + " name=" + category.name(), moved.isEmpty() ? null : moved.strip());
    }

    /** The team's categories by name, each with the number of ideas filed under it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryCount> categories(String slug) {
        ProductTeam team = teamService.get(slug);
        Map<Long, Long> counts = categories.ideaCounts(team.id());
        return categories.categories().stream().filter(c -> c.teamId() == team.id())
                .map(c -> new CategoryCount(c, counts.getOrDefault(c.id(), 0L))).toList();
    }

    public record CategoryCount(Category category, long ideas) {
    }

    /** The team's category, managed and locked for a change (a cached one must not be changed). */
    private Category categoryOf(ProductTeam team, long categoryId) {
        return categories.lockForChange(categoryId).filter(c -> c.teamId() == team.id())
                .orElseThrow(() -> new NotFoundException("category " + categoryId));
    }

    /** A category's name: one line of 2 to 80 characters whose address name no other category has. */
    private String categoryName(String name, Category renamed) {
        String n = name == null ? "" : name.strip();
        if (n.length() < 2 || n.length() > 80) {
            throw new InvalidFieldException("name", "team.category.name");
        }
        org.idealoop.domain.text.PlainText.requireLine("name", n);
        String categorySlug = org.idealoop.domain.idea.Slug.of(n);
        boolean taken = categories.categories().stream().filter(c -> renamed == null || !c.id().equals(renamed.id()))
                .anyMatch(c -> c.slug().equals(categorySlug) || c.name().equalsIgnoreCase(n));
        if (taken) {
            throw new ConflictException("name", "team.category.taken");
        }
        return n;
    }
}
