package org.idealoop.interfaces.web.home;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idealoop.application.FilingService;
import org.idealoop.application.IdeaService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.interfaces.web.Pages;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaFilter;
import org.idealoop.domain.idea.IdeaQuery;
import org.idealoop.domain.idea.IdeaSort;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.idea.PageCursor;

/**
 * The idea list: the home page (/), and /teams/{slug}, /categories/{slug}, /tags/{slug} (forwarded here by
 * {@link ListAddresses}): ideas in one of five orders, 20 at a time through the API's keyset cursor,
 * filtered by status, category and tag. Votes on it are {@link ListVotesBacking}, the form to post one
 * {@link PostIdeaBacking}.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    IdeaService ideaService;

    @Inject
    FilingService filingService;

    private String sort;
    private String team;
    private String category;
    private String tag;
    private String status;
    private String cursor;
    private String basePath;
    private transient List<Idea> ideas;
    private transient Map<Long, String> authors;
    private transient IdeaService.Filing filing;
    private transient String nextCursor;
    private transient List<FilingService.FiledCategory> categories;

    /** View action: reads the page before rendering, so a message about a bad filter or cursor shows above the list. */
    public void load() {
        getIdeas();
    }

    public List<Idea> getIdeas() {
        if (ideas == null) {
            IdeaSort order = IdeaSort.parse(sort);
            Optional<IdeaQuery.Position> after = Optional.empty();
            if (cursor != null) {
                try {
                    after = Optional.of(PageCursor.decode(cursor, order));
                } catch (InvalidFieldException notOurs) {
                    Pages.error("ideas.cursor.invalid");
                    cursor = null;
                }
            }
            List<Idea> page = List.of();
            for (int attempt = 0; attempt < 4; attempt++) { // each unknown filter is named, then left out
                try {
                    page = ideaService.list(IdeaFilter.sortedBy(order).status(status).team(team)
                            .category(category).tag(tag).after(after).limit(PAGE_SIZE + 1));
                    break;
                } catch (InvalidFieldException unknownFilter) {
                    Pages.error(unknownFilter.messageKey());
                    forget(unknownFilter.field());
                }
            }
            boolean more = page.size() > PAGE_SIZE;
            ideas = more ? List.copyOf(page.subList(0, PAGE_SIZE)) : page;
            nextCursor = more ? PageCursor.encode(IdeaQuery.Position.of(order, ideas.get(ideas.size() - 1))) : null;
            authors = ideaService.authorNames(ideas);
            filing = ideaService.filing(ideas);
        }
        return ideas;
    }

    private void forget(String filter) {
        switch (filter) {
            case "team" -> team = null;
            case "category" -> category = null;
            case "tag" -> tag = null;
            default -> status = null;
        }
    }

    /** The cursor of the next page, or null on the last page. */
    public String getNextCursor() {
        getIdeas();
        return nextCursor;
    }

    /** The address this list lives at: "/", "/teams/mobile", "/categories/batteries" or "/tags/travel". */
    public String getBasePath() {
        if (basePath == null) {
            Object forwardedFrom = Pages.request().getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
            String uri = forwardedFrom instanceof String u ? u.substring(Pages.request().getContextPath().length()) : "/";
            basePath = uri.matches("/(teams|categories|tags)/[a-z0-9-]{1,60}") ? uri : "/";
        }
        return basePath;
    }

    /** Whether the address itself names this filter (then the filter form does not offer it). */
    public boolean fixed(String filter) {
        return getBasePath().startsWith("/" + ("category".equals(filter) ? "categories" : filter + "s") + "/");
    }

    /** This list in another order or from another page, keeping the filters. */
    public String link(String newSort, String newCursor) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("sort", newSort);
        query.put("status", status);
        query.put("team", fixed("team") ? null : team);
        query.put("category", fixed("category") ? null : category);
        query.put("tag", fixed("tag") ? null : tag);
        query.put("cursor", newCursor);
        StringBuilder address = new StringBuilder(getBasePath());
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (parameter.getValue() != null && !parameter.getValue().isBlank()) {
                address.append(separator).append(parameter.getKey()).append('=')
                        .append(java.net.URLEncoder.encode(parameter.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return address.toString();
    }

    public List<IdeaStatus> getStatuses() {
        return List.of(IdeaStatus.values());
    }

    public List<org.idealoop.domain.category.Tag> getTags() {
        return filingService.tags();
    }

    /** The idea's category, or null when it waits for triage. */
    public org.idealoop.domain.category.Category category(Idea idea) {
        getIdeas();
        return idea.categoryId().map(filing.categories()::get).orElse(null);
    }

    /** The team the idea is routed to, or null. */
    public org.idealoop.domain.team.ProductTeam team(Idea idea) {
        getIdeas();
        return idea.teamId().map(filing.teams()::get).orElse(null);
    }

    public List<String> tags(Idea idea) {
        getIdeas();
        return filing.tags().getOrDefault(idea.number(), List.of());
    }

    public String tagSlug(String tagName) {
        return org.idealoop.domain.category.Tag.slugOf(tagName);
    }

    public String path(Idea idea) {
        return org.idealoop.domain.idea.Slug.path(idea.number(), idea.title());
    }

    /** Ideas moderators pinned to the top of the home page. */
    public List<Idea> getPinned() {
        if (team != null && category == null && tag == null) {
            return ideaService.pinned(team);
        }
        return team == null && category == null && tag == null ? ideaService.pinned() : List.of();
    }

    /** After an idea was posted: the list is read again from its first page. */
    public void listChanged() {
        ideas = null;
        cursor = null;
        authors = null;
    }

    public String author(Idea idea) {
        getIdeas();
        return idea.authorId().map(id -> authors.getOrDefault(id, org.idealoop.application.Messages.text(org.idealoop.interfaces.web.Pages.locale(), "member.former"))).orElse("");
    }

    public String getSort() {
        return sort == null ? IdeaSort.HOT.id() : sort;
    }

    /** From the URL (?sort=top); anything unknown shows the default order. */
    public void setSort(String sort) {
        this.sort = java.util.Arrays.stream(IdeaSort.values()).anyMatch(s -> s.id().equals(sort)) ? sort : null;
    }

    public java.util.List<String> getSorts() {
        return java.util.Arrays.stream(IdeaSort.values()).map(IdeaSort::id).toList();
    }

    /** Read once per request although the post form and the filter both list them. */
    public List<FilingService.FiledCategory> getCategories() {
        if (categories == null) {
            categories = filingService.categories();
        }
        return categories;
    }

    /** What the list is narrowed to, for the heading ("Batteries & power", "#travel"). */
    public String getFilterLabel() {
        if (category != null) {
            return getCategories().stream().filter(c -> c.category().slug().equals(category))
                    .map(c -> c.category().name()).findFirst().orElse(category);
        }
        return tag != null ? "#" + tag : team;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = blankToNull(team);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = blankToNull(category);
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = blankToNull(tag);
    }

    public String getStatus() {
        return status;
    }

    /** From the URL (?status=planned); the service names an unknown one. */
    public void setStatus(String status) {
        this.status = blankToNull(status);
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = blankToNull(cursor);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
