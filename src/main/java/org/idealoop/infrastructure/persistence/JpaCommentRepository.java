package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idealoop.domain.comment.Comment;
import org.idealoop.domain.comment.CommentRepository;
import org.idealoop.domain.moderation.Visibility;

@ApplicationScoped
public class JpaCommentRepository implements CommentRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public Comment add(Comment comment) {
        em.persist(comment);
        em.flush();
        return comment;
    }

    @Override
    public Optional<Comment> findById(long id) {
        return Optional.ofNullable(em.find(Comment.class, id));
    }

    @Override
    public Optional<Comment> lockForChange(long id) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.id = :id", Comment.class)
                .setParameter("id", id)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true")
                .getResultStream().findFirst();
    }

    @Override
    public void saveEdit(Comment comment) {
        em.flush();
    }

    /** The member's comments as their public profile shows them: those a visitor may read, on ideas a visitor may open. */
    @Override
    public List<Comment> byAuthor(long memberId, int limit) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.authorId = :author AND " + Visibility.Jpql.comment("c")
                        + " AND EXISTS (SELECT i FROM Idea i WHERE i.number = c.ideaNumber AND " + Visibility.Jpql.idea("i")
                        + ") ORDER BY c.createdAt DESC, c.id DESC", Comment.class)
                .setParameter("author", memberId).setMaxResults(limit).getResultList();
    }

    /** Every comment of the idea: CommentService shows hidden ones to moderators and held ones to their author. */
    @Override
    public List<Comment> ofIdea(long ideaNumber) {
        return em.createNamedQuery("Comment.ofIdea", Comment.class).setParameter("idea", ideaNumber).getResultList();
    }

    @Override
    public Optional<Comment> latestOfficial(long ideaNumber) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.ideaNumber = :idea AND c.official = TRUE AND "
                        + org.idealoop.domain.moderation.Visibility.Jpql.comment("c")
                        + " ORDER BY c.createdAt DESC, c.id DESC", Comment.class)
                .setParameter("idea", ideaNumber).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * One statement: the page of top-level comments (index comment_idea, then a sort of the idea's top-level
     * comments only for "best"), and their replies down to {@link Comment#MAX_DEPTH} by the parent key. An idea
     * with 60,000 comments rendered all of them on its page (37 MB of HTML, 30 s; docs/performance.md).
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<Comment> page(long ideaNumber, boolean best, int offset, int limit, Optional<Long> viewer,
                              boolean moderator) {
        String visible = moderator ? "TRUE" : viewer.isPresent()
                ? org.idealoop.domain.moderation.Visibility.commentFor("t", "?")
                : org.idealoop.domain.moderation.Visibility.comment("t");
        var query = em.createNativeQuery("WITH RECURSIVE shown (id) AS ("
                        + " SELECT id FROM (SELECT t.id FROM comment t WHERE t.idea_number = ? AND t.parent_id IS NULL"
                        + " AND " + visible
                        + " ORDER BY " + (best ? "t.up_votes DESC, t.created_at, t.id" : "t.created_at, t.id")
                        + " LIMIT ? OFFSET ?) page"
                        + " UNION ALL SELECT c.id FROM comment c JOIN shown s ON c.parent_id = s.id)"
                        + " SELECT c.* FROM comment c JOIN shown s ON s.id = c.id ORDER BY c.created_at, c.id",
                Comment.class);
        int p = 1;
        query.setParameter(p++, ideaNumber);
        if (!moderator && viewer.isPresent()) {
            query.setParameter(p++, viewer.get());
        }
        query.setParameter(p++, limit);
        query.setParameter(p, offset);
        return query.getResultList();
    }

    @Override
    public void recount(long ideaNumber) {
        // Counted again from the rows in SQL rather than through an Idea verb: comments arrive concurrently, and
        // counting them where they are keeps the totals exact. Distinct commenters, not comments: many comments
        // from one member do not raise an idea.
        em.createNativeQuery("UPDATE idea SET comment_count = (SELECT COUNT(*) FROM comment WHERE idea_number = ?),"
                        + " distinct_commenters = (SELECT COUNT(DISTINCT author_id) FROM comment WHERE idea_number = ?)"
                        + " WHERE number = ?")
                .setParameter(1, ideaNumber).setParameter(2, ideaNumber).setParameter(3, ideaNumber)
                .executeUpdate();
    }

    @Override
    public int setVote(long commentId, long memberId, boolean up) {
        // Lock the comment's row so that concurrent votes move its count one at a time.
        em.createNativeQuery("SELECT id FROM comment WHERE id = ? FOR UPDATE").setParameter(1, commentId).getResultList();
        int changed = up
                ? em.createNativeQuery("INSERT IGNORE INTO comment_vote (comment_id, member_id, created_at) VALUES (?, ?, ?)")
                        .setParameter(1, commentId).setParameter(2, memberId).setParameter(3, Timestamp.from(Instant.now()))
                        .executeUpdate()
                : em.createNativeQuery("DELETE FROM comment_vote WHERE comment_id = ? AND member_id = ?")
                        .setParameter(1, commentId).setParameter(2, memberId)
                        .executeUpdate();
        if (changed > 0) {
            em.createNativeQuery("UPDATE comment SET up_votes = up_votes + ? WHERE id = ?")
                    .setParameter(1, up ? 1 : -1).setParameter(2, commentId).executeUpdate();
        }
        return ((Number) em.createNativeQuery("SELECT up_votes FROM comment WHERE id = ?")
                .setParameter(1, commentId).getSingleResult()).intValue();
    }

    @Override
    public Set<Long> votedBy(long memberId, Collection<Long> commentIds) {
        Set<Long> voted = new HashSet<>();
        if (commentIds.isEmpty()) {
            return voted;
        }
        StringBuilder in = new StringBuilder();
        for (Long id : commentIds) {
            in.append(in.length() == 0 ? "" : ",").append(id.longValue());
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT comment_id FROM comment_vote WHERE member_id = ?"
                + " AND comment_id IN (" + in + ")").setParameter(1, memberId).getResultList();
        rows.forEach(row -> voted.add(row.longValue()));
        return voted;
    }
}
