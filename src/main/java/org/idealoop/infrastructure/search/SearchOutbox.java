package org.idealoop.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.search.SearchDocumentChanged;
import org.idealoop.domain.search.SearchType;

/**
 * Records "this document must be (re)indexed" in the transaction of the change itself:
 * if the change commits, the row is there; if it rolls back, so does the row.
 */
@ApplicationScoped
public class SearchOutbox {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    void onIdeaChanged(@Observes IdeaChanged event) {
        record(SearchType.IDEA, event.number());
    }

    void onDocumentChanged(@Observes SearchDocumentChanged event) {
        record(event.type(), event.id());
    }

    private void record(SearchType type, long id) {
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO search_outbox (document_type, document_id, created_at, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, type.id())
                .setParameter(2, id)
                .setParameter(3, now)
                .setParameter(4, now)
                .executeUpdate();
    }

    /**
     * Queues every idea and comment, as after a new, empty index was created. The ids are read first
     * and inserted in batches (an INSERT ... SELECT would lock the source rows against new posts).
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void queueEverything() {
        queueAll(SearchType.IDEA, em.createNativeQuery("SELECT number FROM idea").getResultList());
        queueAll(SearchType.COMMENT, em.createNativeQuery("SELECT id FROM comment").getResultList());
    }

    private void queueAll(SearchType type, java.util.List<?> ids) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < ids.size(); from += 1000) {
            java.util.List<?> batch = ids.subList(from, Math.min(ids.size(), from + 1000));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO search_outbox (document_type, document_id, created_at, next_attempt_at) VALUES ");
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("('").append(type.id()).append("', ")
                        .append(((Number) batch.get(i)).longValue()).append(", ?, ?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < batch.size(); i++) {
                insert.setParameter(2 * i + 1, now).setParameter(2 * i + 2, now);
            }
            insert.executeUpdate();
        }
    }
}
