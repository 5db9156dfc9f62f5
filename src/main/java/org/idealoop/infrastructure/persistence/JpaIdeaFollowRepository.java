package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.idealoop.domain.idea.IdeaFollowRepository;
import org.idealoop.domain.moderation.Visibility;

@ApplicationScoped
public class JpaIdeaFollowRepository implements IdeaFollowRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public boolean follow(long ideaNumber, long memberId) {
        boolean inserted = followCountedByCaller(ideaNumber, memberId);
        if (inserted) {
            move(ideaNumber, 1);
        }
        return inserted;
    }

    @Override
    public boolean followCountedByCaller(long ideaNumber, long memberId) {
        return em.createNativeQuery("INSERT IGNORE INTO idea_follow (idea_number, member_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, ideaNumber).setParameter(2, memberId).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate() > 0;
    }

    @Override
    public boolean unfollow(long ideaNumber, long memberId) {
        int deleted = em.createNativeQuery("DELETE FROM idea_follow WHERE idea_number = ? AND member_id = ?")
                .setParameter(1, ideaNumber).setParameter(2, memberId)
                .executeUpdate();
        if (deleted > 0) {
            move(ideaNumber, -1);
        }
        return deleted > 0;
    }

    private void move(long ideaNumber, int delta) {
        // A running counter, not an Idea verb: follows arrive concurrently (every vote follows), and a single SQL
        // increment under the row lock never loses one, where a read-modify-write of the entity could.
        em.createNativeQuery("UPDATE idea SET follower_count = follower_count + ? WHERE number = ?")
                .setParameter(1, delta).setParameter(2, ideaNumber).executeUpdate();
    }

    @Override
    public boolean follows(long ideaNumber, long memberId) {
        return !em.createNativeQuery("SELECT 1 FROM idea_follow WHERE idea_number = ? AND member_id = ?")
                .setParameter(1, ideaNumber).setParameter(2, memberId).getResultList().isEmpty();
    }

    @Override
    public void unfollowAll(long memberId) {
        // Set-based: a member who leaves may follow thousands of ideas; each counter drops by one in one statement.
        em.createNativeQuery("UPDATE idea i JOIN idea_follow f ON f.idea_number = i.number"
                        + " SET i.follower_count = i.follower_count - 1 WHERE f.member_id = ?")
                .setParameter(1, memberId).executeUpdate();
        em.createNativeQuery("DELETE FROM idea_follow WHERE member_id = ?").setParameter(1, memberId).executeUpdate();
    }

    @Override
    public int followerCount(long ideaNumber) {
        return ((Number) em.createNativeQuery("SELECT follower_count FROM idea WHERE number = ?")
                .setParameter(1, ideaNumber).getSingleResult()).intValue();
    }

    @Override
    public List<Long> followedBy(long memberId, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT f.idea_number FROM idea_follow f JOIN idea i ON i.number = f.idea_number"
                        + " WHERE f.member_id = ? AND " + Visibility.ideaFor("i", "f.member_id")
                        + " ORDER BY f.created_at DESC LIMIT " + Math.max(1, limit))
                .setParameter(1, memberId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }
}
