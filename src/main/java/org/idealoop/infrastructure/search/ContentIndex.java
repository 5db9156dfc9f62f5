package org.idealoop.infrastructure.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.search.ContentSearch;
import org.idealoop.domain.search.SearchRequest;
import org.idealoop.domain.search.SearchResult;
import org.idealoop.domain.search.SearchSort;
import org.idealoop.domain.search.SearchText;
import org.idealoop.domain.search.SearchType;
import org.idealoop.domain.search.SearchUnavailableException;
import org.idealoop.domain.search.Suggestion;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * The content index: ideas, comments and (later) stories in one index, told apart by {@code type}.
 * The application reads and writes through an alias ({@code content} unless {@code idealoop.es.index}
 * names another, so that several installs can share one cluster); a rebuild fills a new index
 * ({@code <alias>-v2-<time>}) and moves the alias in one atomic step. The mapping is the versioned
 * resource {@code search/content-v2.json}; its text fields use the {@code english} analyzer where the
 * cluster has it and {@code standard} otherwise.
 */
@ApplicationScoped
public class ContentIndex implements ContentSearch {

    private static final Logger LOG = Logger.getLogger(ContentIndex.class.getName());

    static final String MAPPING_VERSION = "v2";
    /** Words beyond this many are matched exactly only (each fuzzy word expands into many terms). */
    static final int MAX_FUZZY_WORDS = 24;
    static final List<String> FACETS = List.of("status", "team", "category", "tag");
    private static final Map<String, String> FACET_FIELDS = Map.of(
            "status", "status", "team", "team", "category", "category", "tag", "tags");
    private static final DateTimeFormatter INDEX_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    @Inject
    ElasticsearchClient client;

    @Inject
    @ConfigProperty(name = IdealoopConfig.ES_INDEX)
    String alias;

    private volatile boolean ensured;

    /**
     * Creates the first index with its alias when there is none. Returns true when it did, so the
     * caller can queue everything for indexing (an upgrade from an older mapping, or a new cluster).
     */
    public synchronized boolean ensureExists() throws IOException {
        if (ensured) {
            return false;
        }
        boolean created = false;
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            String index = newIndexName();
            try {
                createIndex(index);
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
                created = true;
                LOG.info(() -> "Created search index " + index + " with alias " + alias);
            } catch (ElasticsearchException e) {
                LOG.warning(() -> "Creating the search index failed: " + e.getMessage());
                throw e;
            }
        }
        ensured = true;
        return created;
    }

    /** The alias the application reads and writes through. */
    public String alias() {
        return alias;
    }

    public String newIndexName() {
        return alias + "-" + MAPPING_VERSION + "-" + INDEX_TIME.format(Instant.now()) + "-"
                + Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 20), 36);
    }

    /** Creates an index with the current mapping, not yet reachable through the alias. */
    public void createIndex(String name) throws IOException {
        String analyzer = analyzer();
        String mapping;
        try (InputStream in = resource("search/content-" + MAPPING_VERSION + ".json")) {
            mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${analyzer}", analyzer);
        }
        client.indices().create(c -> c.index(name)
                .withJson(new ByteArrayInputStream(mapping.getBytes(StandardCharsets.UTF_8))));
        LOG.info(() -> "Created search index " + name + " (text analyzer " + analyzer + ")");
    }

    /** {@code english} when the cluster has it (analysis-common module), else {@code standard}. */
    String analyzer() throws IOException {
        try {
            client.indices().analyze(a -> a.analyzer("english").text("ideas"));
            return "english";
        } catch (ElasticsearchException missing) {
            return "standard";
        }
    }

    /** Points the alias at the given index only, in one step, and deletes the indices it left. */
    public void switchAliasTo(String index) throws IOException {
        Set<String> previous = new HashSet<>(client.indices().getAlias(a -> a.name(alias)).result().keySet());
        previous.remove(index);
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(index).alias(alias)));
            for (String old : previous) {
                u.actions(a -> a.remove(r -> r.index(old).alias(alias)));
            }
            return u;
        });
        for (String old : previous) {
            deleteIndex(old);
        }
        ensured = true;
    }

    public void deleteIndex(String index) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Could not delete search index " + index + ": " + e.getMessage());
        }
    }

    /** The indices the alias points at now. */
    public Set<String> aliasTargets() throws IOException {
        return client.indices().getAlias(a -> a.name(alias)).result().keySet();
    }

    /**
     * Writes the documents and removes the removed ones, in one bulk request. The row version is
     * the document's external version ({@code external_gte}), so an older state arriving late never
     * overwrites a newer one, and a removal never undoes a later write.
     *
     * @param index   the alias or a concrete index
     * @param removed keys of documents to remove, with the version they had (0: unknown)
     * @return the keys now in their wanted state (including those already at a newer version)
     */
    public Set<String> write(String index, List<SearchDocumentSource.Versioned> documents,
                             Map<String, Long> removed) throws IOException {
        if (documents.isEmpty() && removed.isEmpty()) {
            return Set.of();
        }
        List<BulkOperation> operations = new ArrayList<>();
        for (SearchDocumentSource.Versioned versioned : documents) {
            SearchDocument doc = versioned.document();
            operations.add(BulkOperation.of(b -> b.index(i -> i
                    .index(index)
                    .id(doc.key())
                    .version(versioned.version())
                    .versionType(VersionType.ExternalGte)
                    .document(doc))));
        }
        removed.forEach((key, version) -> operations.add(BulkOperation.of(b -> b.delete(d -> {
            d.index(index).id(key);
            if (version > 0) {
                d.version(version).versionType(VersionType.ExternalGte);
            }
            return d;
        }))));
        BulkResponse response = client.bulk(b -> b.operations(operations));
        Set<String> done = new HashSet<>();
        for (BulkResponseItem item : response.items()) {
            boolean fine = item.error() == null
                    || item.status() == 409 // a newer version is already there
                    || item.status() == 404; // nothing to remove
            if (fine) {
                done.add(item.id());
            } else {
                LOG.warning(() -> "Indexing " + item.id() + " into " + index + " failed: " + item.error().reason());
            }
        }
        return done;
    }

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

    /**
     * Phrases must match as phrases; loose words must mostly match, each allowed a typo or two
     * (exact matches score higher). No member text is parsed as query syntax.
     */
    private static Query textQuery(SearchText text, Optional<SearchType> type) {
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
    private static Query blended(Query matching) {
        return Query.of(q -> q.functionScore(fs -> fs
                .query(matching)
                .functions(f -> f.fieldValueFactor(v -> v.field("popularity")
                        .modifier(FieldValueFactorModifier.Ln2p).missing(0.0)))
                .functions(f -> f.weight(0.5).gauss(g -> g.date(d -> d.field("createdAt")
                        .placement(p -> p.origin("now/d").scale(Time.of(t -> t.time("90d"))).decay(0.5)))))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    private static List<SortOptions> sortOf(SearchSort sort) {
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

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field(name).order(order)));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
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
        String key = SearchDocument.key(SearchType.IDEA.id(), ideaNumber);
        return moreLikeThis(limit, like -> like.document(d -> d.index(alias).id(key)));
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

    private static InputStream resource(String name) {
        InputStream in = ContentIndex.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing resource " + name));
        }
        return in;
    }
}
