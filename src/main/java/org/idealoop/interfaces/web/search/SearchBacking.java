package org.idealoop.interfaces.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idealoop.application.IdeaService;
import org.idealoop.application.SearchService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.Slug;
import org.idealoop.domain.search.SearchResult;
import org.idealoop.domain.search.SearchSort;
import org.idealoop.domain.search.SearchUnavailableException;
import org.idealoop.domain.search.Suggestion;
import org.idealoop.interfaces.web.Pages;

/**
 * /search: hits with highlights, facets as links, the sorts, a next-page link, title suggestions
 * while typing; and when Elasticsearch is unreachable, a plain title search from the database.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 20;
    static final List<String> PARAMETERS = List.of("q", "type", "status", "team", "category", "tag", "sort", "cursor");

    @Inject
    SearchService search;

    @Inject
    IdeaService ideas;

    private final Map<String, String> parameters = new HashMap<>();
    private SearchResult result;
    private boolean unavailable;
    private List<Idea> fallback = List.of();
    private boolean searched;
    private Map<String, String> names;

    /** Runs the search once per request (f:viewAction). */
    public void load() {
        if (searched) {
            return;
        }
        searched = true;
        try {
            result = search.search(get("q"), get("type"), get("status"), get("team"), get("category"), get("tag"),
                    get("sort"), get("cursor"), PAGE_SIZE);
        } catch (InvalidFieldException e) {
            Pages.error(e.messageKey());
        } catch (SearchUnavailableException e) {
            unavailable = true;
            try {
                fallback = search.titleSearch(get("q"), PAGE_SIZE);
            } catch (InvalidFieldException tooLong) {
                Pages.error(tooLong.messageKey());
            }
        }
    }

    /** Title suggestions for the search box; nothing when search is down. */
    public List<String> complete(String typed) {
        try {
            return search.suggest(typed).stream().map(Suggestion::title).toList();
        } catch (InvalidFieldException | SearchUnavailableException e) {
            return List.of();
        }
    }

    /** The search box's submit: a bookmarkable GET address with the new text and the current type. */
    public String submit() {
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("q", get("q"));
        kept.put("type", get("type"));
        Pages.redirect("/search" + query(kept));
        return null;
    }

    /** This page's address with one parameter changed (null removes it), starting again at page one. */
    public String link(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (String parameter : PARAMETERS) {
            changed.put(parameter, get(parameter));
        }
        changed.put(name, value);
        changed.remove("cursor");
        return "search" + query(changed);
    }

    public String getNextLink() {
        if (result == null || result.nextCursor() == null) {
            return null;
        }
        Map<String, String> next = new LinkedHashMap<>();
        for (String parameter : PARAMETERS) {
            next.put(parameter, get(parameter));
        }
        next.put("cursor", result.nextCursor());
        return "search" + query(next);
    }

    private static String query(Map<String, String> values) {
        List<String> pairs = new ArrayList<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                pairs.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    public String path(SearchResult.Hit hit) {
        if ("story".equals(hit.type())) {
            return "/stories?id=" + hit.number();
        }
        String idea = Slug.path(hit.number(), hit.title());
        return hit.commentId() == null ? idea : idea + "#comment-" + hit.commentId();
    }

    public String path(Idea idea) {
        return Slug.path(idea.number(), idea.title());
    }

    /** A facet value as people read it: team and category names, status labels are done on the page. */
    public String facetLabel(String facet, String value) {
        if (names == null) {
            names = new HashMap<>();
            IdeaService.Filing filing = ideas.filing(List.of());
            filing.teams().values().forEach(t -> names.put("team:" + t.slug(), t.name()));
            filing.categories().values().forEach(c -> names.put("category:" + c.slug(), c.name()));
        }
        return names.getOrDefault(facet + ":" + value, "tag".equals(facet) ? "#" + value : value);
    }

    public List<String> getSorts() {
        return java.util.Arrays.stream(SearchSort.values()).map(SearchSort::id).toList();
    }

    public List<String> getTypes() {
        return List.of("idea", "comment", "story");
    }

    public String getActiveSort() {
        String sort = get("sort");
        return sort != null ? sort : (get("q") == null || get("q").isBlank() ? "new" : "relevance");
    }

    public SearchResult getResult() {
        return result;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public List<Idea> getFallback() {
        return fallback;
    }

    private String get(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public String getQ() {
        return parameters.get("q");
    }

    public void setQ(String q) {
        parameters.put("q", q);
    }

    public String getType() {
        return parameters.get("type");
    }

    public void setType(String type) {
        parameters.put("type", type);
    }

    public String getStatus() {
        return parameters.get("status");
    }

    public void setStatus(String status) {
        parameters.put("status", status);
    }

    public String getTeam() {
        return parameters.get("team");
    }

    public void setTeam(String team) {
        parameters.put("team", team);
    }

    public String getCategory() {
        return parameters.get("category");
    }

    public void setCategory(String category) {
        parameters.put("category", category);
    }

    public String getTag() {
        return parameters.get("tag");
    }

    public void setTag(String tag) {
        parameters.put("tag", tag);
    }

    public String getSort() {
        return parameters.get("sort");
    }

    public void setSort(String sort) {
        parameters.put("sort", sort);
    }

    public String getCursor() {
        return parameters.get("cursor");
    }

    public void setCursor(String cursor) {
        parameters.put("cursor", cursor);
    }
}
