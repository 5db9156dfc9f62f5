package org.idealoop.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up, a rebuild the previous run left unfinished is marked failed and its half-filled index
 * removed: the alias still points at the last complete index. A rebuild another instance of a cluster is running
 * (it holds the rebuild's lock) is left alone.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchStartup {

    private static final Logger LOG = Logger.getLogger(SearchStartup.class.getName());

    @Inject
    ReindexLog log;

    @Inject
    ContentIndices indices;

    @Inject
    org.idealoop.infrastructure.cluster.ClusterLocks locks;

    @PostConstruct
    void recover() {
        try {
            // The instance running a rebuild holds its lock: taken at once, no rebuild is running anywhere, and one
            // still marked running was cut off. Not taken, another instance is rebuilding: leave it be.
            locks.holding(ReindexWorker.REBUILD_LOCK, java.time.Duration.ZERO, () -> {
                for (String target : log.failInterrupted()) {
                    LOG.warning(() -> "A search index rebuild into " + target + " was interrupted; removing that index");
                    indices.deleteIndex(target);
                }
                return null;
            });
        } catch (org.idealoop.infrastructure.cluster.ClusterLocks.HeldElsewhere rebuilding) {
            LOG.info(() -> "A search index rebuild runs on another instance; left alone (" + rebuilding.getMessage() + ")");
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Could not check for an interrupted search index rebuild", e);
        }
    }
}
