package org.idealoop.infrastructure.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idealoop.domain.search.SearchSort;
import org.idealoop.domain.search.SearchText;
import org.idealoop.domain.search.SearchType;

/** How a search request becomes an Elasticsearch query: the text match, the blended ranking, the sort, the facets. */
final class SearchQueries {

    /** Words beyond this many are matched exactly only (each fuzzy word expands into many terms). */
    static final int MAX_FUZZY_WORDS = 24;
    static final List<String> FACETS = List.of("status", "team", "category", "tag");
    static final Map<String, String> FACET_FIELDS = Map.of(
            "status", "status", "team", "team", "category", "category", "tag", "tags");

    private SearchQueries() {
    }

    /**
     * Phrases must match as phrases; loose words must mostly match, each allowed a typo or two
     * (exact matches score higher). No member text is parsed as query syntax.
     */
    static Query textQuery(SearchText text, Optional<SearchType> type) {
        return Query.of(q -> q.bool(b -> {
            type.ifPresent(t -> b.filter(term("type", t.id())));
            if (text.isEmpty()) {
                b.must(m -> m.matchAll(a -> a));
            }
            for (String phrase : text.phrases()) {
                b.must(m -> m.multiMatch(mm -> mm.query(phrase).type(TextQueryType.Phrase)
                        .fields("title^3", "body", "title.exact^3", "body.exact")));
            }
            if (!text.words().isEmpty()) {
                // One clause per word, each over title and body, so the words of a query may be spread
                // over both fields; most of them must match.
                String[] words = java.util.Arrays.stream(text.words().split(" "))
                        .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).toArray(String[]::new);
                b.must(m -> m.bool(each -> {
                    for (int i = 0; i < Math.min(words.length, MAX_FUZZY_WORDS); i++) {
                        String word = words[i];
                        each.should(s -> s.multiMatch(mm -> mm.query(word)
                                .fields("title^3", "body")
                                .fuzziness("AUTO")
                                .prefixLength(1)
                                .maxExpansions(20)));
                    }
                    return each.minimumShouldMatch("2<75%");
                }));
                b.should(s -> s.multiMatch(mm -> mm.query(text.words())
                        .fields("title.exact^3", "body.exact")
                        .operator(Operator.Or)));
            }
            return b;
        }));
    }

    /**
     * Relevance blended with support and recency: the text score is multiplied by
     * {@code ln(2 + max(score, 0)) + 0.5 · gauss(age; 90 days)}, age counted from the start of today so
     * the scores, and with them the cursors, stay put while someone pages (see docs/ranking.md).
     */
    static Query blended(Query matching) {
        return Query.of(q -> q.functionScore(fs -> fs
                .query(matching)
                .functions(f -> f.fieldValueFactor(v -> v.field("popularity")
                        .modifier(FieldValueFactorModifier.Ln2p).missing(0.0)))
                .functions(f -> f.weight(0.5).gauss(g -> g.date(d -> d.field("createdAt")
                        .placement(p -> p.origin("now/d").scale(Time.of(t -> t.time("90d"))).decay(0.5)))))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    static List<SortOptions> sortOf(SearchSort sort) {
        List<SortOptions> options = new ArrayList<>();
        switch (sort) {
            case RELEVANCE -> options.add(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))));
            case SCORE -> options.add(field("score", SortOrder.Desc));
            case NEW -> {
                // created time below
            }
        }
        options.add(field("createdAt", SortOrder.Desc));
        options.add(field("key", SortOrder.Asc));
        return options;
    }

    static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field(name).order(order)));
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
