package org.idealoop.infrastructure.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
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
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * The indices behind the content alias. The application reads and writes through an alias ({@code content}
 * unless {@code idealoop.es.index} names another, so that several installs can share one cluster); a rebuild
 * fills a new index ({@code <alias>-v2-<time>}) and moves the alias in one atomic step. The mapping is the
 * versioned resource {@code search/content-v2.json}; its text fields use the {@code english} analyzer where the
 * cluster has it and {@code standard} otherwise. {@link ContentIndexWriter} writes documents, {@link ContentIndex}
 * answers queries.
 */
@ApplicationScoped
public class ContentIndices {

    private static final Logger LOG = Logger.getLogger(ContentIndices.class.getName());

    static final String MAPPING_VERSION = "v2";
    private static final DateTimeFormatter INDEX_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    @Inject
    ElasticsearchClient client;

    @Inject
    @ConfigProperty(name = IdealoopConfig.ES_INDEX)
    String alias;

    @Inject
    org.idealoop.infrastructure.cluster.ClusterLocks locks;

    private volatile boolean ensured;

    /**
     * Creates the first index with its alias when there is none. Returns true when it did, so the
     * caller can queue everything for indexing (an upgrade from an older mapping, or a new cluster).
     */
    public synchronized boolean ensureExists() throws IOException {
        if (ensured) {
            return false;
        }
        // Several instances meet an empty cluster at once: one makes the index and its alias, the others wait
        // and find it (without the lock each made one, and the alias pointing at two indices took no writes).
        boolean created = locks.holding("search-index", java.time.Duration.ofSeconds(60), this::createFirstIndex);
        ensured = true;
        return created;
    }

    private boolean createFirstIndex() throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            return false;
        }
        String index = newIndexName();
        try {
            createIndex(index);
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
            LOG.info(() -> "Created search index " + index + " with alias " + alias);
            return true;
        } catch (ElasticsearchException e) {
            LOG.warning(() -> "Creating the search index failed: " + e.getMessage());
            throw e;
        }
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

    private static InputStream resource(String name) {
        InputStream in = ContentIndices.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing resource " + name));
        }
        return in;
    }
}
