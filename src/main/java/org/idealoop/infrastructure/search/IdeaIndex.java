package org.idealoop.infrastructure.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.search.IdeaSearch;
import org.idealoop.domain.search.SearchResult;
import org.idealoop.domain.search.SearchUnavailableException;

/**
 * The ideas index. Mappings are versioned resources ({@code search/ideas-v1.json}); the application
 * reads and writes through the alias, so a rebuilt index can replace the old one without a gap.
 */
@ApplicationScoped
public class IdeaIndex implements IdeaSearch {

    private static final Logger LOG = Logger.getLogger(IdeaIndex.class.getName());

    static final String ALIAS = "ideas";
    static final String MAPPING_VERSION = "v1";
    static final String INDEX = ALIAS + "-" + MAPPING_VERSION;

    @Inject
    ElasticsearchClient client;

    private volatile boolean ensured;

    /** Creates the index with its alias when missing. Safe to call often: it checks once per start. */
    public void ensureExists() throws IOException {
        if (ensured) {
            return;
        }
        boolean exists = client.indices().existsAlias(a -> a.name(ALIAS)).value()
                || client.indices().exists(e -> e.index(INDEX)).value();
        if (!exists) {
            try (InputStream mapping = resource("search/ideas-" + MAPPING_VERSION + ".json")) {
                client.indices().create(c -> c.index(INDEX).withJson(mapping));
                LOG.info(() -> "Created search index " + INDEX + " with alias " + ALIAS);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        ensured = true;
    }

    /**
     * Indexes the ideas in one bulk request. The row version is the document's external version,
     * so an older state arriving late never overwrites a newer one.
     *
     * @return the numbers of the ideas now indexed (including those already at a newer version)
     */
    public Set<Long> index(List<Idea> ideas) throws IOException {
        if (ideas.isEmpty()) {
            return Set.of();
        }
        List<BulkOperation> operations = new ArrayList<>();
        for (Idea idea : ideas) {
            IdeaDocument doc = IdeaDocument.of(idea);
            operations.add(BulkOperation.of(b -> b.index(i -> i
                    .index(ALIAS)
                    .id(Long.toString(idea.number()))
                    .version(idea.version())
                    .versionType(VersionType.External)
                    .document(doc))));
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        Set<Long> done = new HashSet<>();
        for (BulkResponseItem item : response.items()) {
            boolean staleIsFine = item.status() == 409; // a newer version is already indexed
            if (item.error() == null || staleIsFine) {
                done.add(Long.parseLong(item.id()));
            } else {
                LOG.warning(() -> "Indexing idea " + item.id() + " failed: " + item.error().reason());
            }
        }
        return done;
    }

    public void delete(long number) throws IOException {
        client.delete(d -> d.index(ALIAS).id(Long.toString(number)));
    }

    /** Full-text search over title and body, typo tolerant, with highlighted fragments. */
    @Override
    public SearchResult search(String text, int limit) {
        try {
            return query(text, limit);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
    }

    @Override
    public List<Long> similar(long ideaNumber, int limit) {
        try {
            SearchResponse<Void> response = client.search(s -> s
                    .index(ALIAS)
                    .size(limit)
                    .source(src -> src.fetch(false))
                    .query(q -> q.moreLikeThis(m -> m
                            .fields("title", "body")
                            .like(l -> l.document(d -> d.index(ALIAS).id(Long.toString(ideaNumber))))
                            .minTermFreq(1)
                            .minDocFreq(1)
                            .maxQueryTerms(25))), Void.class);
            List<Long> numbers = new ArrayList<>();
            for (Hit<Void> hit : response.hits().hits()) {
                numbers.add(Long.parseLong(hit.id()));
            }
            return numbers;
        } catch (IOException | RuntimeException searchDown) {
            LOG.fine(() -> "No similar ideas: " + searchDown.getMessage());
            return List.of();
        }
    }

    private SearchResult query(String text, int limit) throws IOException {
        SearchResponse<IdeaDocument> response = client.search(s -> s
                .index(ALIAS)
                .size(limit)
                .query(q -> q.multiMatch(m -> m
                        .query(text)
                        .fields("title^3", "body")
                        .fuzziness("AUTO")))
                .highlight(h -> h
                        .encoder(HighlighterEncoder.Html) // user text escaped, only <em> added
                        .fields("title", f -> f.numberOfFragments(0))
                        .fields("body", f -> f.fragmentSize(160).numberOfFragments(1))),
                IdeaDocument.class);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<IdeaDocument> hit : response.hits().hits()) {
            Map<String, List<String>> highlight = hit.highlight();
            hits.add(new SearchResult.Hit(
                    Long.parseLong(hit.id()),
                    hit.source() == null ? "" : hit.source().title(),
                    first(highlight.get("title")),
                    first(highlight.get("body")),
                    hit.score() == null ? 0 : hit.score()));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits);
    }


    private static String first(List<String> fragments) {
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }

    private static InputStream resource(String name) {
        InputStream in = IdeaIndex.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing resource " + name));
        }
        return in;
    }
}
