package org.idealoop.domain.comment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface CommentRepository {

    Comment add(Comment comment);

    Optional<Comment> findById(long id);

    /**
     * The comment, read fresh from the database and locked for the rest of the transaction, so a verb called
     * on it sees every change made before and no one writes the row in between.
     */
    Optional<Comment> lockForChange(long id);

    /**
     * Writes an edited comment now, so that a concurrent edit fails here with an
     * {@code OptimisticLockException} rather than at commit.
     */
    void saveEdit(Comment comment);

    /** A member's newest comments. */
    List<Comment> byAuthor(long memberId, int limit);

    /** All comments of an idea, oldest first. */
    List<Comment> ofIdea(long ideaNumber);

    /** Recounts the idea's comments and distinct commenters (the caller holds the idea's lock). */
    void recount(long ideaNumber);

    /** Up-votes are one per member per comment; returns the comment's up-votes afterwards. */
    int setVote(long commentId, long memberId, boolean up);

    Set<Long> votedBy(long memberId, Collection<Long> commentIds);
}
