package org.idealoop.infrastructure.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/** Writes search documents into the content index (its alias) or into an index being rebuilt. */
@ApplicationScoped
public class ContentIndexWriter {

    private static final Logger LOG = Logger.getLogger(ContentIndexWriter.class.getName());

    @Inject
    ElasticsearchClient client;

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
}
