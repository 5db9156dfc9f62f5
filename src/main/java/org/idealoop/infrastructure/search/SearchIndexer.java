package org.idealoop.infrastructure.search;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.idealoop.domain.search.SearchType;
import org.idealoop.infrastructure.config.Retries;
import org.idealoop.infrastructure.persistence.OutboxRows;

/**
 * Drains the search outbox into Elasticsearch, in bulk, with retries and backoff. Rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so several application instances can drain side by side.
 * A row leaves the outbox only once its document is in the index (or out of it, when the content
 * was deleted or hidden). The document is always read fresh from the database and written with its
 * row version, so the order in which rows are drained cannot make an older state win. While a rebuild
 * runs, every change goes to the new index as well.
 */
@Singleton
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    static final int BATCH = 500;
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** A batch of due rows, locked against the other instances' drains, which skip them. */
    static final String CLAIM = "SELECT id, document_type, document_id, attempts FROM search_outbox"
            + " WHERE next_attempt_at <= ? ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Inject
    ContentIndices indices;

    @Inject
    ContentIndexWriter writer;

    @Inject
    SearchOutbox outbox;

    @Inject
    ReindexLog reindexLog;

    @Inject
    @Any
    Instance<SearchDocumentSource> sources;

    private boolean outageLogged;
    private boolean backfillPending;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void drainOnSchedule() {
        drain();
    }

    /** Indexes one batch of due outbox rows; returns how many rows left the outbox. */
    public int drain() {
        Optional<String> rebuilding = reindexLog.runningTarget(); // read first: see the rebuild that rows after it need
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CLAIM)
                .setParameter(1, Timestamp.from(Instant.now()))
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, List<Long>> rowsByKey = new LinkedHashMap<>();
        Map<SearchType, List<Long>> idsByType = new HashMap<>();
        Map<Long, Integer> attemptsByRow = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Object[] row : rows) {
            long rowId = Rows.longValue(row[0]);
            Optional<SearchType> type = SearchType.fromId((String) row[1]);
            long documentId = Rows.longValue(row[2]);
            if (type.isEmpty()) {
                unknown.add(rowId);
                continue;
            }
            String key = SearchDocument.key(type.get().id(), documentId);
            if (!rowsByKey.containsKey(key)) {
                idsByType.computeIfAbsent(type.get(), t -> new ArrayList<>()).add(documentId);
            }
            rowsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(rowId);
            attemptsByRow.put(rowId, Rows.intValue(row[3]));
        }
        if (!unknown.isEmpty()) {
            LOG.warning(() -> "Dropping search outbox rows of unknown type: " + unknown);
        }
        List<Long> done = new ArrayList<>(unknown);
        List<Long> failed = new ArrayList<>();
        String error = null;
        try {
            if (indices.ensureExists()) {
                backfillPending = true; // a new, empty index: everything must go in
            }
            if (backfillPending) {
                outbox.queueEverything(); // its own transaction; retried on the next pass if it fails
                backfillPending = false;
            }
            List<SearchDocumentSource.Versioned> present = new ArrayList<>();
            Map<String, Long> removed = new HashMap<>();
            idsByType.forEach((type, ids) -> {
                Map<Long, SearchDocumentSource.Versioned> loaded = source(type).load(ids);
                for (Long id : ids) {
                    SearchDocumentSource.Versioned doc = loaded.get(id);
                    if (doc == null) {
                        removed.put(SearchDocument.key(type.id(), id), 0L);
                    } else {
                        present.add(doc);
                    }
                }
            });
            Set<String> written = new HashSet<>(writer.write(indices.alias(), present, removed));
            if (rebuilding.isPresent()) { // a change the rebuild may have read before: it must reach the new index too
                written.retainAll(writer.write(rebuilding.get(), present, removed));
            }
            rowsByKey.forEach((key, rowIds) -> (written.contains(key) ? done : failed).addAll(rowIds));
            if (outageLogged) {
                LOG.info("Search is reachable again; catching up with the outbox");
                outageLogged = false;
            }
        } catch (Exception e) {
            failed.clear();
            rowsByKey.values().forEach(failed::addAll);
            error = String.valueOf(e.getMessage());
            if (!outageLogged) {
                LOG.log(Level.WARNING, "Search indexing failed; the outbox keeps the changes and retries", e);
                outageLogged = true;
            }
        }
        OutboxRows.deleteClaimed(em, "search_outbox", done);
        for (Long rowId : failed) {
            int attempts = attemptsByRow.get(rowId) + 1;
            em.createNativeQuery("UPDATE search_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?"
                            + " WHERE id = ?")
                    .setParameter(1, attempts)
                    .setParameter(2, Timestamp.from(Instant.now().plus(backoff(attempts))))
                    .setParameter(3, Retries.errorText(error == null ? "rejected by the index" : error))
                    .setParameter(4, rowId)
                    .executeUpdate();
        }
        return done.size() - unknown.size();
    }

    SearchDocumentSource source(SearchType type) {
        for (SearchDocumentSource source : sources) {
            if (source.type() == type) {
                return source;
            }
        }
        throw new IllegalStateException("No search document source for " + type.id());
    }

    /** 1 s, 2 s, 4 s ... up to 30 s between attempts. */
    static Duration backoff(int attempts) {
        return Retries.backoff(attempts, Duration.ofSeconds(1), MAX_BACKOFF);
    }
}
