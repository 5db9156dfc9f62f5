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
 * removed: the alias still points at the last complete index.
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

    @PostConstruct
    void recover() {
        for (String target : log.failInterrupted()) {
            LOG.warning(() -> "A search index rebuild into " + target + " was interrupted; removing that index");
            indices.deleteIndex(target);
        }
    }
}
