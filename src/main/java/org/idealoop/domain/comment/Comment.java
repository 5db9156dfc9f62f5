package org.idealoop.domain.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.moderation.ModerationConflict;
import org.idealoop.domain.text.RichText;

/** A member's reply on an idea, or on another comment (up to three levels deep). */
@Entity
@Table(name = "comment")
@NamedQuery(name = "Comment.ofIdea",
        query = "SELECT c FROM Comment c WHERE c.ideaNumber = :idea ORDER BY c.createdAt, c.id")
public class Comment {

    /** Replies nest at most this deep: a comment (0), a reply (1), a reply to that (2), and one more (3). */
    public static final int MAX_DEPTH = 3;
    public static final int MAX_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_number", nullable = false)
    private long ideaNumber;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private int depth;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean official;

    @Column(name = "up_votes", insertable = false, updatable = false)
    private int upVotes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    // Changed only through the moderation verbs below.
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "held_at")
    private Instant heldAt;

    protected Comment() {
        // for JPA
    }

    private Comment(long ideaNumber, Comment parent, long authorId, String body, boolean official, Instant now) {
        this.ideaNumber = ideaNumber;
        this.parentId = parent == null ? null : parent.id;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.authorId = authorId;
        this.body = validBody(body);
        this.official = official;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** A new comment; a reply must be on the same idea and no deeper than {@link #MAX_DEPTH}. */
    public static Comment write(long ideaNumber, Optional<Comment> parent, long authorId, String body,
                                boolean official, Instant now) {
        if (parent.isPresent()) {
            if (parent.get().ideaNumber != ideaNumber) {
                throw new InvalidFieldException("parentId", "comment.parent.otherIdea");
            }
            if (parent.get().depth >= MAX_DEPTH) {
                throw new InvalidFieldException("parentId", "comment.parent.tooDeep");
            }
        }
        return new Comment(ideaNumber, parent.orElse(null), authorId, body, official, now);
    }

    /** The author may edit within the window; staff (moderators) at any time. */
    public void edit(String newBody, long editorId, boolean staff, Duration window, Instant now) {
        if (!staff && (editorId != authorId || now.isAfter(createdAt.plus(window)))) {
            throw new org.idealoop.domain.ForbiddenException("comment.edit.closed");
        }
        this.body = validBody(newBody);
        this.editedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    private static String validBody(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidFieldException("body", "comment.body.required");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new InvalidFieldException("body", "comment.body.length");
        }
        return org.idealoop.domain.text.PlainText.requireStorable("body", trimmed);
    }

    // A moderator's edit is edit(..., staff = true, ...). Each moderation verb refuses the state it would
    // leave unchanged (ModerationConflict): another moderator came first.

    /** Takes the comment away from readers; moderators still see it. */
    public void hide(Instant at) {
        ModerationConflict.unless(hiddenAt == null);
        this.hiddenAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Shows a hidden comment again. */
    public void restore() {
        ModerationConflict.unless(hiddenAt != null);
        this.hiddenAt = null;
    }

    /** Keeps a new member's first post from readers until a moderator approves it. */
    public void hold(Instant at) {
        ModerationConflict.unless(heldAt == null);
        this.heldAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Releases a held comment to readers. */
    public void approve() {
        ModerationConflict.unless(heldAt != null);
        this.heldAt = null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean isHeld() {
        return heldAt != null;
    }

    public Long id() {
        return id;
    }

    public long ideaNumber() {
        return ideaNumber;
    }

    public Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    public int depth() {
        return depth;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public String bodyHtml() {
        return RichText.toSafeHtml(body);
    }

    public boolean isOfficial() {
        return official;
    }

    public int upVotes() {
        return upVotes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> editedAt() {
        return Optional.ofNullable(editedAt);
    }
}
