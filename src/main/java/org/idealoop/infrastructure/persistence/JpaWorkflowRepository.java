package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.vote.VoteRepository;
import org.idealoop.domain.workflow.IdeaEvent;
import org.idealoop.domain.workflow.IdeaEventDraft;
import org.idealoop.domain.workflow.StatusWorkflow;
import org.idealoop.domain.workflow.WorkflowRepository;

/**
 * The status workflow in SQL. Fan-out of notifications is one INSERT ... SELECT per event, so a
 * status change on an idea with thousands of followers is one statement, and the unique key
 * (member, event) makes "exactly one notification each" hold even if the statement ran twice.
 */
@ApplicationScoped
public class JpaWorkflowRepository implements WorkflowRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Inject
    VoteRepository votes;

    @Override
    public StatusWorkflow workflow() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT from_status, to_status FROM status_transition").getResultList();
        Set<StatusWorkflow.Transition> transitions = new HashSet<>();
        for (Object[] row : rows) {
            IdeaStatus.fromId((String) row[0]).ifPresent(from -> IdeaStatus.fromId((String) row[1])
                    .ifPresent(to -> transitions.add(new StatusWorkflow.Transition(from, to))));
        }
        return new StatusWorkflow(transitions);
    }

    @Override
    public void replaceTransitions(Set<StatusWorkflow.Transition> transitions) {
        em.createNativeQuery("DELETE FROM status_transition").executeUpdate();
        for (StatusWorkflow.Transition t : transitions) {
            em.createNativeQuery("INSERT INTO status_transition (from_status, to_status) VALUES (?, ?)")
                    .setParameter(1, t.from().id()).setParameter(2, t.to().id()).executeUpdate();
        }
    }

    @Override
    public long addEvent(IdeaEventDraft e) {
        em.createNativeQuery("INSERT INTO idea_event (idea_number, kind, actor_id, from_value, to_value, team_id,"
                        + " message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, e.ideaNumber()).setParameter(2, e.kind().id()).setParameter(3, e.actorId())
                .setParameter(4, e.from()).setParameter(5, e.to()).setParameter(6, e.teamId().orElse(null))
                .setParameter(7, e.message() == null || e.message().isBlank() ? null : e.message().strip())
                .setParameter(8, Timestamp.from(e.at()))
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private static final String EVENT_COLUMNS = "SELECT e.id, e.idea_number, e.kind, e.actor_id, m.display_name,"
            + " e.from_value, e.to_value, e.team_id, e.message, e.created_at FROM idea_event e"
            + " LEFT JOIN member m ON m.id = e.actor_id";

    @Override
    public List<IdeaEvent> events(long ideaNumber) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(EVENT_COLUMNS + " WHERE e.idea_number = ? ORDER BY e.created_at, e.id")
                .setParameter(1, ideaNumber).getResultList();
        return rows.stream().map(JpaWorkflowRepository::event).toList();
    }

    @Override
    public Optional<IdeaEvent> event(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(EVENT_COLUMNS + " WHERE e.id = ?").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(JpaWorkflowRepository::event);
    }

    static IdeaEvent event(Object[] row) {
        return new IdeaEvent(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                IdeaEvent.Kind.fromId((String) row[2]),
                Optional.ofNullable(row[3]).map(v -> ((Number) v).longValue()),
                row[4] == null ? "Idealoop" : (String) row[4], (String) row[5], (String) row[6],
                Optional.ofNullable(row[7]).map(v -> ((Number) v).longValue()), (String) row[8],
                ((Timestamp) row[9]).toInstant());
    }

    @Override
    public int notifyFollowers(long eventId, long ideaNumber, Optional<Long> teamId, long actorId, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO notification (member_id, event_id, idea_number, created_at, mail_state)"
                        + " SELECT m.id, ?, ?, ?, CASE WHEN m.email IS NULL OR m.email_verified_at IS NULL THEN 'skipped'"
                        + "   WHEN m.email_notifications = 'instant' THEN 'pending'"
                        + "   WHEN m.email_notifications = 'daily' THEN 'digest' ELSE 'skipped' END"
                        + " FROM member m JOIN (SELECT member_id FROM idea_follow WHERE idea_number = ?"
                        + "   UNION SELECT member_id FROM team_follow WHERE team_id = ?"
                        // the people of stories this idea fixes: told when it is delivered
                        + "   UNION SELECT s.author_id FROM story s JOIN story_link l ON l.story_id = s.id"
                        + "     JOIN idea_event e ON e.id = ? WHERE l.idea_number = ? AND e.to_value = 'delivered'"
                        + "   UNION SELECT t.member_id FROM story_me_too t JOIN story_link l ON l.story_id = t.story_id"
                        + "     JOIN idea_event e ON e.id = ? WHERE l.idea_number = ? AND e.to_value = 'delivered'"
                        + " ) f ON f.member_id = m.id"
                        + " WHERE m.id <> ? AND m.disabled = FALSE")
                .setParameter(1, eventId).setParameter(2, ideaNumber).setParameter(3, Timestamp.from(at))
                .setParameter(4, ideaNumber).setParameter(5, teamId.orElse(-1L))
                .setParameter(6, eventId).setParameter(7, ideaNumber).setParameter(8, eventId).setParameter(9, ideaNumber)
                .setParameter(10, actorId)
                .executeUpdate();
    }

    @Override
    public int notifyTeam(long eventId, long ideaNumber, long teamId, long actorId, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO notification (member_id, event_id, idea_number, created_at, mail_state)"
                        + " SELECT t.member_id, ?, ?, ?, 'skipped' FROM team_membership t"
                        + " WHERE t.team_id = ? AND t.member_id <> ?")
                .setParameter(1, eventId).setParameter(2, ideaNumber).setParameter(3, Timestamp.from(at))
                .setParameter(4, teamId).setParameter(5, actorId)
                .executeUpdate();
    }

    // A merge moves rows of other tables (votes, followers) set-based, one statement each however many there are;
    // the merged idea's own state is its verb's (Idea.mergeInto), written by JPA.
    @Override
    public void copyVotes(long merged, long into, Instant at) {
        Timestamp now = Timestamp.from(at);
        em.createNativeQuery("INSERT INTO merged_vote (merged_idea, member_id, into_idea)"
                        + " SELECT v.idea_number, v.member_id, ? FROM vote v WHERE v.idea_number = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM vote w WHERE w.idea_number = ? AND w.member_id = v.member_id)")
                .setParameter(1, into).setParameter(2, merged).setParameter(3, into).executeUpdate();
        em.createNativeQuery("INSERT INTO vote (idea_number, member_id, direction, created_at, updated_at)"
                        + " SELECT ?, v.member_id, v.direction, v.created_at, ? FROM vote v"
                        + " JOIN merged_vote mv ON mv.merged_idea = v.idea_number AND mv.member_id = v.member_id"
                        + " WHERE v.idea_number = ?")
                .setParameter(1, into).setParameter(2, now).setParameter(3, merged).executeUpdate();
        em.createNativeQuery("INSERT IGNORE INTO idea_follow (idea_number, member_id, created_at)"
                        + " SELECT ?, member_id, ? FROM idea_follow WHERE idea_number = ?")
                .setParameter(1, into).setParameter(2, now).setParameter(3, merged).executeUpdate();
        recount(into);
    }

    @Override
    public void removeCopiedVotes(long merged, long into) {
        em.createNativeQuery("DELETE v FROM vote v JOIN merged_vote mv ON mv.into_idea = v.idea_number"
                        + " AND mv.member_id = v.member_id WHERE mv.merged_idea = ? AND v.idea_number = ?")
                .setParameter(1, merged).setParameter(2, into).executeUpdate();
        em.createNativeQuery("DELETE FROM merged_vote WHERE merged_idea = ?").setParameter(1, merged).executeUpdate();
        recount(into);
    }

    // The totals are running counters that votes change concurrently with single SQL increments (VoteRepository);
    // counting them again from the vote rows in SQL keeps them exact without reading every vote into memory.
    @Override
    public void recount(long ideaNumber) {
        em.createNativeQuery("UPDATE idea i JOIN (SELECT COALESCE(SUM(direction = 'up'), 0) AS ups,"
                        + " COALESCE(SUM(direction = 'down'), 0) AS downs FROM vote WHERE idea_number = ?) t"
                        + " SET i.up_votes = t.ups, i.down_votes = t.downs, i.score = t.ups - t.downs,"
                        + " i.follower_count = (SELECT COUNT(*) FROM idea_follow f WHERE f.idea_number = i.number)"
                        + " WHERE i.number = ?")
                .setParameter(1, ideaNumber).setParameter(2, ideaNumber).executeUpdate();
        votes.rerank(ideaNumber);
    }

    @Override
    public void recordOutcome(long ideaNumber, long memberId, boolean solved, String comment, Instant at) {
        em.createNativeQuery("INSERT INTO outcome_answer (idea_number, member_id, solved, comment, created_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE solved = VALUES(solved),"
                        + " comment = VALUES(comment), created_at = VALUES(created_at)")
                .setParameter(1, ideaNumber).setParameter(2, memberId).setParameter(3, solved)
                .setParameter(4, comment).setParameter(5, Timestamp.from(at)).executeUpdate();
        // Counted from the answers in SQL: voters answer concurrently, and a count read into Java could miss one.
        em.createNativeQuery("UPDATE idea SET outcome_yes = (SELECT COUNT(*) FROM outcome_answer WHERE idea_number = ? AND solved),"
                        + " outcome_no = (SELECT COUNT(*) FROM outcome_answer WHERE idea_number = ? AND NOT solved)"
                        + " WHERE number = ?")
                .setParameter(1, ideaNumber).setParameter(2, ideaNumber).setParameter(3, ideaNumber).executeUpdate();
    }

    @Override
    public boolean hasVoted(long ideaNumber, long memberId) {
        return !em.createNativeQuery("SELECT 1 FROM vote WHERE idea_number = ? AND member_id = ?")
                .setParameter(1, ideaNumber).setParameter(2, memberId).getResultList().isEmpty();
    }

    @Override
    public Optional<Boolean> outcomeOf(long ideaNumber, long memberId) {
        List<?> rows = em.createNativeQuery("SELECT solved FROM outcome_answer WHERE idea_number = ? AND member_id = ?")
                .setParameter(1, ideaNumber).setParameter(2, memberId).getResultList();
        return rows.stream().findFirst().map(v -> v instanceof Boolean b ? b : ((Number) v).intValue() != 0);
    }
}
