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

    /** The idea's newest official (staff) comment that visitors may read. */
    Optional<Comment> latestOfficial(long ideaNumber);

    /**
     * A page of the idea's discussion: {@code limit} top-level comments after the first {@code offset}, in the
     * given order ({@code best}: most up-votes, then oldest; else oldest first), with every reply under them,
     * oldest first. Top-level comments are those the reader may see ({@code viewer}'s held ones included;
     * moderators see all); replies come unfiltered, for the caller to drop with their hidden parents.
     */
    List<Comment> page(long ideaNumber, boolean best, int offset, int limit, Optional<Long> viewer, boolean moderator);

    /** Recounts the idea's comments and distinct commenters (the caller holds the idea's lock). */
    void recount(long ideaNumber);

    /** Up-votes are one per member per comment; returns the comment's up-votes afterwards. */
    int setVote(long commentId, long memberId, boolean up);

    Set<Long> votedBy(long memberId, Collection<Long> commentIds);
}
