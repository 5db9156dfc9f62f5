package org.idealoop.infrastructure.search;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.idealoop.domain.idea.Idea;
import org.idealoop.infrastructure.config.Retries;

/**
 * Drains the search outbox into Elasticsearch, in bulk, with retries and backoff. Rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so several application instances can drain side by side.
 * A row leaves the outbox only once its document is in the index.
 */
@Singleton
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    static final int BATCH = 200;
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Inject
    IdeaIndex index;

    private boolean outageLogged;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void drainOnSchedule() {
        drain();
    }

    /** Indexes one batch of due outbox rows; returns how many rows left the outbox. */
    public int drain() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, document_type, document_id, attempts FROM search_outbox"
                                + " WHERE next_attempt_at <= ? ORDER BY id LIMIT " + BATCH
                                + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(Instant.now()))
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Long, List<Long>> rowsByIdea = new HashMap<>();
        Map<Long, Integer> attemptsByRow = new HashMap<>();
        for (Object[] row : rows) {
            long rowId = ((Number) row[0]).longValue();
            long ideaNumber = ((Number) row[2]).longValue();
            rowsByIdea.computeIfAbsent(ideaNumber, n -> new ArrayList<>()).add(rowId);
            attemptsByRow.put(rowId, ((Number) row[3]).intValue());
        }
        List<Long> done = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        String error = null;
        try {
            index.ensureExists();
            List<Idea> ideas = new ArrayList<>();
            for (Long number : rowsByIdea.keySet()) {
                Idea idea = em.find(Idea.class, number);
                if (idea != null) {
                    em.refresh(idea); // the newest committed state, whatever the cache holds
                    ideas.add(idea);
                } else {
                    index.delete(number);
                    done.addAll(rowsByIdea.get(number));
                }
            }
            Set<Long> indexed = index.index(ideas);
            rowsByIdea.forEach((number, rowIds) -> {
                if (indexed.contains(number)) {
                    done.addAll(rowIds);
                } else if (!done.containsAll(rowIds)) {
                    failed.addAll(rowIds);
                }
            });
            if (outageLogged) {
                LOG.info("Search is reachable again; catching up with the outbox");
                outageLogged = false;
            }
        } catch (Exception e) {
            failed.clear();
            rowsByIdea.values().forEach(failed::addAll);
            failed.removeAll(done);
            error = String.valueOf(e.getMessage());
            if (!outageLogged) {
                LOG.log(Level.WARNING, "Search indexing failed; the outbox keeps the changes and retries", e);
                outageLogged = true;
            }
        }
        if (!done.isEmpty()) {
            em.createNativeQuery("DELETE FROM search_outbox WHERE id IN (" + joined(done) + ")").executeUpdate();
        }
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
        return done.size();
    }

    /** 1 s, 2 s, 4 s ... up to 30 s between attempts. */
    static Duration backoff(int attempts) {
        return Retries.backoff(attempts, Duration.ofSeconds(1), MAX_BACKOFF);
    }

    private static String joined(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (Long id : ids) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(id.longValue());
        }
        return sb.toString();
    }

}
