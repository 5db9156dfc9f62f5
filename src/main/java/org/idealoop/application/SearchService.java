package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.category.CategoryRepository;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.idea.IdeaTitle;
import org.idealoop.domain.search.ContentSearch;
import org.idealoop.domain.search.SearchRequest;
import org.idealoop.domain.search.SearchResult;
import org.idealoop.domain.search.SearchSort;
import org.idealoop.domain.search.SearchText;
import org.idealoop.domain.search.SearchType;
import org.idealoop.domain.search.Suggestion;
import org.idealoop.domain.team.TeamRepository;

/**
 * Searching ideas, comments and stories (Elasticsearch), title suggestions, similar ideas for a
 * draft, and the plain title search from MariaDB that stands in when Elasticsearch is unreachable.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

    public static final int MAX_SIMILAR = 5;
    public static final int MAX_DRAFT_BODY = 4_000;

    @Inject
    ContentSearch search;

    @Inject
    IdeaRepository ideas;

    @Inject
    TeamRepository teams;

    @Inject
    CategoryRepository categories;

    /**
     * Validates the parameters (each refusal names its parameter) and searches. Unknown facet values
     * are refused like the idea list refuses them; an empty text lists everything by the sort.
     */
    public SearchResult search(String q, String type, String status, String team, String category, String tag,
                               String sort, String cursor, int limit) {
        SearchText text = SearchText.parse(q, "q");
        Optional<SearchType> wantedType = blank(type) ? Optional.empty()
                : Optional.of(SearchType.fromId(type.strip()).orElseThrow(() -> new InvalidFieldException("type", "search.type.invalid")));
        Optional<String> wantedStatus = blank(status) ? Optional.empty()
                : Optional.of(IdeaStatus.fromId(status.strip()).orElseThrow(
                        () -> new InvalidFieldException("status", "ideas.status.invalid")).id());
        Optional<String> wantedTeam = blank(team) ? Optional.empty()
                : Optional.of(teams.findBySlug(team.strip()).orElseThrow(
                        () -> new InvalidFieldException("team", "idea.team.unknown")).slug());
        Optional<String> wantedCategory = blank(category) ? Optional.empty()
                : Optional.of(categories.findCategory(category.strip()).orElseThrow(
                        () -> new InvalidFieldException("category", "idea.category.unknown")).slug());
        Optional<String> wantedTag = blank(tag) ? Optional.empty()
                : Optional.of(categories.findTag(tag.strip()).orElseThrow(
                        () -> new InvalidFieldException("tag", "idea.tag.unknown")).slug());
        SearchSort order = blank(sort) ? (text.isEmpty() ? SearchSort.NEW : SearchSort.RELEVANCE)
                : SearchSort.fromId(sort.strip()).orElseThrow(() -> new InvalidFieldException("sort", "search.sort.invalid"));
        Optional<String> after = blank(cursor) ? Optional.empty() : Optional.of(cursor.strip());
        return search.search(new SearchRequest(text, wantedType, wantedStatus, wantedTeam, wantedCategory, wantedTag,
                order, after, Math.max(1, Math.min(limit, 100))));
    }

    /** Titles for the search box; nothing for fewer than two characters. */
    public List<Suggestion> suggest(String prefix) {
        String typed = prefix == null ? "" : prefix.strip();
        if (typed.length() > IdeaTitle.MAX_LENGTH) {
            throw new InvalidFieldException("q", "search.suggest.length");
        }
        if (typed.length() < 2) {
            return List.of();
        }
        return search.suggest(typed, 8);
    }

    /**
     * Up to five existing ideas that read like a draft, with their current status and score from
     * the database (hidden ones left out). Empty when there is too little text or search is down.
     */
    public List<Idea> similarToDraft(String title, String body) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.length() > IdeaTitle.MAX_LENGTH) {
            throw new InvalidFieldException("title", "idea.title.length");
        }
        if (b.length() > MAX_DRAFT_BODY) { // a GET parameter: longer drafts would not fit a request line anyway
            throw new InvalidFieldException("body", "search.similar.body.length");
        }
        if (t.length() + b.length() < 3) {
            return List.of();
        }
        // one statement for the few ideas, in the order the index ranked them
        return ideas.findByNumbers(search.similarToDraft(t, b, MAX_SIMILAR)).stream()
                .filter(idea -> !idea.isHidden() && !idea.isHeld()) // Visibility.idea, for everyone
                .limit(MAX_SIMILAR).toList();
    }

    /** The stand-in when Elasticsearch is unreachable: ideas whose title contains the text, newest first. */
    public List<Idea> titleSearch(String q, int limit) {
        SearchText text = SearchText.parse(q, "q");
        if (text.isEmpty()) {
            return List.of();
        }
        return ideas.titleContains(text.plain(), Math.max(1, Math.min(limit, 100)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
