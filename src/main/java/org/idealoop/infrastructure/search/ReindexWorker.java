package org.idealoop.infrastructure.search;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Fills the new index of a rebuild, in the background, then moves the alias to it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // plain reads; progress commits on its own
public class ReindexWorker {

    private static final Logger LOG = Logger.getLogger(ReindexWorker.class.getName());
    static final int BATCH = 500;

    @Inject
    ContentIndices indices;

    @Inject
    ContentIndexWriter writer;

    @Inject
    ReindexLog log;

    @Inject
    @Any
    Instance<SearchDocumentSource> sources;

    @Inject
    org.idealoop.infrastructure.cluster.ClusterLocks locks;

    /** Held by the instance that runs a rebuild, for as long as it runs (see {@link SearchStartup}). */
    static final String REBUILD_LOCK = "search-rebuild";

    @Asynchronous
    public void run(long id, String target) {
        try {
            locks.holding(REBUILD_LOCK, java.time.Duration.ofSeconds(10), () -> {
                fill(id, target);
                return null;
            });
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "Search index rebuild " + id + " could not start; search keeps the old index", e);
            log.fail(id, String.valueOf(e.getMessage()));
            indices.deleteIndex(target);
        }
    }

    private void fill(long id, String target) {
        long done = 0;
        try {
            // Between the rebuild's row and this lock an instance may have started and failed the rebuild (it
            // found the lock free): then this one is over, and its index gone.
            if (!log.isRunning(id)) {
                LOG.warning(() -> "Search index rebuild " + id + " was failed before it began; not filling " + target);
                return;
            }
            for (SearchDocumentSource source : sources) {
                long after = 0;
                while (true) {
                    List<Long> ids = source.idsAfter(after, BATCH);
                    if (ids.isEmpty()) {
                        break;
                    }
                    Map<Long, SearchDocumentSource.Versioned> loaded = source.load(ids);
                    writer.write(target, new ArrayList<>(loaded.values()), new HashMap<>());
                    done += ids.size();
                    after = ids.get(ids.size() - 1);
                    log.progress(id, done);
                }
            }
            if (!log.isRunning(id)) {
                throw new IllegalStateException("the rebuild was marked failed while it ran; the alias stays");
            }
            indices.switchAliasTo(target);
            log.finish(id, done);
            long indexed = done;
            LOG.info(() -> "Search index rebuild " + id + " done: " + indexed + " rows, alias moved to " + target);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Search index rebuild " + id + " failed; search keeps the old index", e);
            log.fail(id, String.valueOf(e.getMessage()));
            indices.deleteIndex(target);
        }
    }
}
