package org.idealoop.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.search.IndexRebuild;
import org.idealoop.domain.search.IndexRebuilds;
import org.idealoop.domain.search.SearchUnavailableException;

/**
 * Rebuilds the search index from MariaDB: fills a new index in the background, in bulk, then moves
 * the alias to it in one step, so search answers from the old index until the new one is complete.
 * Changes made meanwhile reach both indices through the indexer (see {@link ReindexLog#runningTarget()}).
 */
@ApplicationScoped
public class SearchReindex implements IndexRebuilds {

    private static final Logger LOG = Logger.getLogger(SearchReindex.class.getName());
    static final int BATCH = 500;

    @Inject
    ReindexWorker worker;

    @Inject
    ContentIndices indices;

    @Inject
    ReindexLog log;

    @Inject
    @Any
    Instance<SearchDocumentSource> sources;

    /** Starts a rebuild; refused while one is running. */
    @Override
    public synchronized IndexRebuild start(Long startedBy) {
        if (log.runningTarget().isPresent()) {
            throw new ConflictException("reindex", "search.reindex.running");
        }
        long total = 0;
        List<SearchDocumentSource> all = new ArrayList<>();
        sources.forEach(all::add);
        String target = indices.newIndexName();
        try {
            indices.ensureExists();
            indices.createIndex(target); // exists before anyone can see the rebuild and write to it
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
        for (SearchDocumentSource source : all) {
            total += source.count();
        }
        long id = log.begin(target, total, startedBy);
        worker.run(id, target); // asynchronous
        LOG.info("Search index rebuild " + id + " started into " + target);
        return latest().orElseThrow();
    }

    @Override
    public java.util.Optional<IndexRebuild> latest() {
        return log.latest().map(e -> new IndexRebuild(e.id(), e.targetIndex(), e.state(), e.total(), e.done(),
                e.startedAt(), e.finishedAt(), e.error()));
    }
}
