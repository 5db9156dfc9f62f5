package org.idealoop.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.idealoop.domain.idea.IdeaChanged;

/**
 * Records "this document must be (re)indexed" in the transaction of the change itself:
 * if the change commits, the row is there; if it rolls back, so does the row.
 */
@ApplicationScoped
public class SearchOutbox {

    static final String IDEA = "idea";

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    void onIdeaChanged(@Observes IdeaChanged event) {
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO search_outbox (document_type, document_id, created_at, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, IDEA)
                .setParameter(2, event.number())
                .setParameter(3, now)
                .setParameter(4, now)
                .executeUpdate();
    }
}
