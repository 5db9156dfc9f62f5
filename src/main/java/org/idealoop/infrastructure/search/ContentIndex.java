package org.idealoop.infrastructure.search;

import static org.idealoop.infrastructure.search.SearchQueries.FACETS;
import static org.idealoop.infrastructure.search.SearchQueries.FACET_FIELDS;
import static org.idealoop.infrastructure.search.SearchQueries.blended;
import static org.idealoop.infrastructure.search.SearchQueries.sortOf;
import static org.idealoop.infrastructure.search.SearchQueries.term;
import static org.idealoop.infrastructure.search.SearchQueries.textQuery;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.search.ContentSearch;
import org.idealoop.domain.search.SearchRequest;
import org.idealoop.domain.search.SearchResult;
import org.idealoop.domain.search.SearchSort;
import org.idealoop.domain.search.SearchType;
import org.idealoop.domain.search.SearchUnavailableException;
import org.idealoop.domain.search.Suggestion;
import org.idealoop.infrastructure.cache.ReadCache;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * The queries of the content index: ideas, comments and stories in one index, told apart by {@code type}, read
 * through the alias that {@link ContentIndices} keeps. Searching with facets and a cursor, title suggestions, and
 * similar ideas; {@link SearchQueries} builds the query a search sends.
 */
@ApplicationScoped
public class ContentIndex implements ContentSearch {

    private static final Logger LOG = Logger.getLogger(ContentIndex.class.getName());

    @Inject
    ReadCache readCache;

    @Inject
    ElasticsearchClient client;

    @Inject
    @ConfigProperty(name = IdealoopConfig.ES_INDEX)
    String alias;

    @Override
    public SearchResult search(SearchRequest request) {
        try {
            return query(request);
        } catch (InvalidFieldException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
    }

    private SearchResult query(SearchRequest request) throws IOException {
        Optional<List<FieldValue>> after = request.cursor().map(c -> SearchCursor.decode(c, request.sort()));
        Map<String, Query> chosen = new LinkedHashMap<>();
        request.status().ifPresent(v -> chosen.put("status", term("status", v)));
        request.team().ifPresent(v -> chosen.put("team", term("team", v)));
        request.category().ifPresent(v -> chosen.put("category", term("category", v)));
        request.tag().ifPresent(v -> chosen.put("tag", term("tags", v)));

        Query matching = textQuery(request.text(), request.type());
        Query ranked = request.sort() == SearchSort.RELEVANCE ? blended(matching) : matching;
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<Query> others = chosen.entrySet().stream()
                    .filter(e -> !e.getKey().equals(facet)).map(Map.Entry::getValue).toList();
            aggregations.put(facet, Aggregation.of(a -> a
                    .filter(f -> f.bool(b -> b.filter(others)))
                    .aggregations("values", v -> v.terms(t -> t.field(FACET_FIELDS.get(facet)).size(25)))));
        }
        int size = request.limit();
        SearchResponse<SearchDocument> response = client.search(s -> {
            s.index(alias)
                    .size(size + 1)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(ranked)
                    .postFilter(p -> p.bool(b -> b.filter(List.copyOf(chosen.values()))))
                    .aggregations(aggregations)
                    .sort(sortOf(request.sort()))
                    .source(src -> src.filter(f -> f.excludes("body", "suggest")))
                    .highlight(h -> h
                            .encoder(HighlighterEncoder.Html) // member text escaped, only <em> added
                            .requireFieldMatch(false)
                            .fields("title", f -> f.numberOfFragments(0))
                            .fields("body", f -> f.fragmentSize(160).numberOfFragments(1).noMatchSize(160)));
            after.ifPresent(s::searchAfter);
            return s;
        }, SearchDocument.class);

        List<Hit<SearchDocument>> page = response.hits().hits();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<SearchDocument> hit : page.subList(0, Math.min(size, page.size()))) {
            SearchDocument doc = hit.source();
            if (doc == null) {
                continue;
            }
            Map<String, List<String>> highlight = hit.highlight();
            hits.add(new SearchResult.Hit(doc.type(), doc.number(), doc.commentId(), doc.title(),
                    first(highlight.get("title")), first(highlight.get("body")), doc.status(),
                    doc.score() == null ? 0 : doc.score(), doc.createdAt()));
        }
        String next = page.size() > size ? SearchCursor.encode(request.sort(), page.get(size - 1).sort()) : null;
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            for (StringTermsBucket bucket : response.aggregations().get(facet).filter().aggregations()
                    .get("values").sterms().buckets().array()) {
                counts.add(new SearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount()));
            }
            facets.put(facet, counts);
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits, facets, next);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        try {
            SearchResponse<SearchDocument> response = client.search(s -> s
                    .index(alias)
                    .source(src -> src.filter(f -> f.includes("number", "title")))
                    .suggest(sg -> sg.suggesters("titles", fs -> fs
                            .prefix(prefix)
                            .completion(c -> c.field("suggest").size(limit).skipDuplicates(true)
                                    .fuzzy(fz -> fz.fuzziness("AUTO").prefixLength(1))))),
                    SearchDocument.class);
            List<Suggestion> suggestions = new ArrayList<>();
            for (var suggestion : response.suggest().getOrDefault("titles", List.of())) {
                for (CompletionSuggestOption<SearchDocument> option : suggestion.completion().options()) {
                    SearchDocument doc = option.source();
                    if (doc != null && doc.number() != null) {
                        suggestions.add(new Suggestion(doc.number(), doc.title()));
                    }
                }
            }
            return suggestions;
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
    }

    @Override
    public List<Long> similar(long ideaNumber, int limit) {
        // Kept a few minutes: a more-like-this query over every idea costs Elasticsearch tens of milliseconds at
        // 1,000,000 ideas, on every view of the idea's page, for an answer that changes slowly. The numbers only:
        // the ideas are read (and their visibility checked) on each view.
        // An empty answer is not kept: a new idea's page is often seen before the idea is in the index.
        return readCache.<List<Long>>find(ReadCache.Region.SIMILAR, List.of(ideaNumber, limit), () -> {
            String key = SearchDocument.key(SearchType.IDEA.id(), ideaNumber);
            List<Long> found = moreLikeThis(limit, like -> like.document(d -> d.index(alias).id(key)));
            return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found);
        }).orElse(List.of());
    }

    @Override
    public List<Long> similarToDraft(String title, String body, int limit) {
        String text = ((title == null ? "" : title) + "\n" + (body == null ? "" : body)).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return moreLikeThis(limit, like -> like.text(text));
    }

    private List<Long> moreLikeThis(int limit,
            java.util.function.Function<co.elastic.clients.elasticsearch._types.query_dsl.Like.Builder,
                    co.elastic.clients.util.ObjectBuilder<co.elastic.clients.elasticsearch._types.query_dsl.Like>> like) {
        try {
            SearchResponse<SearchDocument> response = client.search(s -> s
                    .index(alias)
                    .size(limit)
                    .source(src -> src.filter(f -> f.includes("number")))
                    .query(q -> q.bool(b -> b
                            .filter(term("type", SearchType.IDEA.id()))
                            .must(m -> m.moreLikeThis(mlt -> mlt
                                    .fields("title", "body")
                                    .like(like)
                                    .minTermFreq(1)
                                    .minDocFreq(1)
                                    .maxQueryTerms(25)
                                    .minimumShouldMatch("30%"))))), SearchDocument.class);
            List<Long> numbers = new ArrayList<>();
            for (Hit<SearchDocument> hit : response.hits().hits()) {
                if (hit.source() != null && hit.source().number() != null) {
                    numbers.add(hit.source().number());
                }
            }
            return numbers;
        } catch (IOException | RuntimeException searchDown) {
            LOG.fine(() -> "No similar ideas: " + searchDown.getMessage());
            return List.of();
        }
    }

    private static String first(List<String> fragments) {
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }
}
