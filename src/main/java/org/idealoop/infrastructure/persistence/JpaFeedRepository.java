package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.feed.FeedEvent;
import org.idealoop.domain.feed.FeedRepository;
import org.idealoop.domain.moderation.Visibility;

/** The feeds' reads: idea_event joined with the idea (visible only) and the actor's name. */
@ApplicationScoped
public class JpaFeedRepository implements FeedRepository {

    static final String EVENTS = "SELECT e.id, e.idea_number, e.kind, e.from_value, e.to_value,"
            + " e.message, e.created_at, i.title, m.display_name FROM idea_event e"
            + " JOIN idea i ON i.number = e.idea_number LEFT JOIN member m ON m.id = e.actor_id"
            + " WHERE " + Visibility.idea("i");
    static final String NEWEST = " ORDER BY e.created_at DESC, e.id DESC LIMIT ";

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    /** Feeds are public and polled: read on the replica when there is one. */
    @jakarta.inject.Inject
    ReplicaReads replicas;

    @Override
    public List<FeedEvent> statusChanges(int limit) {
        return events(EVENTS + " AND e.kind = 'status'" + NEWEST + limit(limit));
    }

    @Override
    public List<FeedEvent> teamStatusChanges(long teamId, int limit) {
        return events(EVENTS + " AND e.kind = 'status' AND (e.team_id = ? OR i.team_id = ?)" + NEWEST + limit(limit),
                teamId, teamId);
    }

    @Override
    public Optional<String> visibleIdeaTitle(long number) {
        List<?> titles = replicas.read(em, reader -> reader.createNativeQuery("SELECT i.title FROM idea i"
                + " WHERE i.number = ? AND " + Visibility.idea("i")).setParameter(1, number).getResultList());
        return titles.stream().map(Object::toString).findFirst();
    }

    @Override
    public List<FeedEvent> ideaEvents(long number, int limit) {
        return events(EVENTS + " AND e.idea_number = ?" + NEWEST + limit(limit), number);
    }

    private static int limit(int limit) {
        return Math.max(1, Math.min(limit, 200));
    }

    private List<FeedEvent> events(String sql, Object... parameters) {
        List<Object[]> rows = replicas.read(em, reader -> NativeRows.rows(reader, sql, parameters));
        return rows.stream().map(r -> new FeedEvent(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], ((Timestamp) r[6]).toInstant(),
                (String) r[7], (String) r[8])).toList();
    }
}
