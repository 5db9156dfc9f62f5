package org.idealoop.domain.idea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.moderation.Visibility;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.text.RichText;
import org.idealoop.domain.workflow.IdeaEvent;
import org.idealoop.domain.workflow.IdeaEventDraft;
import org.idealoop.domain.workflow.StatusWorkflow;

/**
 * A customer's suggestion. The number is its stable public identifier.
 * Ideas are created through {@link #post(IdeaTitle, IdeaBody, long, Instant)}, never half-built, and change only
 * through the verbs below: the workflow's ({@code changeStatus}, {@code mergeInto}, {@code reassign} ...) and the
 * moderators' ({@code hide}, {@code lock}, {@code pin}, {@code hold} ...), each refusing a move its rules forbid.
 * <p>
 * Longer than the house's 300 lines on purpose: this is the aggregate root, and its rules belong together in one
 * place rather than in services around it. The running counters (votes, comments, followers and the ranking
 * values) are read-only here: the repositories keep them with single SQL increments, which concurrent votes need.
 */
@Entity
@Table(name = "idea")
@NamedQuery(name = "Idea.byAuthor", query = "SELECT i FROM Idea i WHERE i.authorId = :authorId AND "
        + Visibility.IDEA_I + " ORDER BY i.createdAt DESC, i.number DESC")
@NamedQuery(name = "Idea.count", query = "SELECT COUNT(i) FROM Idea i")
@NamedQuery(name = "Idea.pinned", query = "SELECT i FROM Idea i WHERE i.pinnedAt IS NOT NULL AND "
        + Visibility.IDEA_I + " ORDER BY i.pinnedAt DESC")
@NamedQuery(name = "Idea.titleContains", query = "SELECT i FROM Idea i WHERE LOWER(i.title) LIKE :pattern AND "
        + Visibility.IDEA_I + " ORDER BY i.createdAt DESC, i.number DESC")
public class Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long number;

    @Column(nullable = false, length = IdeaTitle.MAX_LENGTH)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "author_id")
    private Long authorId;

    /** The product team that owns the idea; empty: waiting in the community triage queue. */
    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(nullable = false)
    private IdeaStatus status = IdeaStatus.NEW;

    // Running totals kept by the vote repository in SQL; JPA only reads them.
    @Column(name = "up_votes", insertable = false, updatable = false)
    private int upVotes;

    @Column(name = "down_votes", insertable = false, updatable = false)
    private int downVotes;

    @Column(name = "follower_count", insertable = false, updatable = false)
    private int followerCount;

    @Column(name = "comment_count", insertable = false, updatable = false)
    private int commentCount;

    @Column(nullable = false)
    private boolean locked;

    // Ranking values (see Ranking); kept up to date in SQL by votes and comments.
    @Column(insertable = false, updatable = false)
    private int score;

    @Column(name = "distinct_commenters", insertable = false, updatable = false)
    private int distinctCommenters;

    @Column(insertable = false, updatable = false)
    private double wilson;

    @Column(updatable = false)
    private double hot;

    @Column(insertable = false, updatable = false)
    private double trending;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    // Changed only through the verbs below (workflow and moderation).
    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "outcome_yes", insertable = false, updatable = false)
    private int outcomeYes;

    @Column(name = "outcome_no", insertable = false, updatable = false)
    private int outcomeNo;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "pinned_at")
    private Instant pinnedAt;

    /** Set by moderators: the idea stays for them but leaves search (and, with moderation, lists and pages). */
    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Version
    private long version;

    protected Idea() {
        // for JPA
    }

    private Idea(IdeaTitle title, IdeaBody body, long authorId, Instant createdAt) {
        this.title = title.value();
        this.body = body.value();
        this.authorId = authorId;
        // The database keeps microseconds; keep the same here so a cursor made now matches later reads.
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
        this.hot = Ranking.hot(0, 0, this.createdAt);
    }

    public static Idea post(IdeaTitle title, IdeaBody body, long authorId, Instant createdAt) {
        return new Idea(title, body, authorId, createdAt);
    }

    /**
     * Changes the title and body. The author may edit within the window after posting; staff at any
     * time. Returns the revision that keeps the replaced text.
     */
    public IdeaRevision edit(IdeaTitle newTitle, IdeaBody newBody, long editorId, boolean staff,
                             java.time.Duration window, Instant now) {
        boolean author = authorId != null && authorId == editorId;
        if (!staff && (!author || now.isAfter(createdAt.plus(window)))) {
            throw new org.idealoop.domain.ForbiddenException("idea.edit.closed");
        }
        if (!staff && mergedInto != null) { // frozen: its votes now count for the other idea; staff may still redact
            throw new org.idealoop.domain.ConflictException("title", "idea.merged.frozen");
        }
        IdeaRevision revision = new IdeaRevision(number, title, body, editorId, now);
        this.title = newTitle.value();
        this.body = newBody.value();
        this.editedAt = now.truncatedTo(ChronoUnit.MICROS);
        return revision;
    }

    // --- workflow verbs (status, merge, reassign) ---
    // Who may call them (the team's product managers, curators) is the application's question; these keep the
    // idea's own rules and return the timeline entry that tells what happened.

    /**
     * Moves the idea to another status with an official message, as the workflow allows. The first answer stops
     * the SLA clock. A merged idea keeps its status ({@code status.merged}).
     */
    public IdeaEventDraft changeStatus(IdeaStatus to, long by, String message, StatusWorkflow workflow, Instant now) {
        if (mergedInto != null) {
            throw new org.idealoop.domain.ConflictException("status", "status.merged");
        }
        workflow.check(status, to, message);
        IdeaStatus from = status;
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        this.status = to;
        this.statusChangedAt = at;
        this.lastActivityAt = at;
        if (firstResponseAt == null) {
            this.firstResponseAt = at;
        }
        return entry(IdeaEvent.Kind.STATUS, by, from.id(), to.id(), teamId, message, at);
    }

    /**
     * Closes the idea as a duplicate of another and freezes it with a pointer there (its votes and followers move
     * over in the repository). Returns this idea's timeline entry, then the other's.
     */
    public java.util.List<IdeaEventDraft> mergeInto(Idea other, long by, Instant now) {
        if (other == this || number != null && number.equals(other.number)) {
            throw new org.idealoop.domain.InvalidFieldException("into", "merge.into.self");
        }
        if (mergedInto != null) {
            throw new org.idealoop.domain.ConflictException("into", "merge.already");
        }
        if (other.mergedInto != null) {
            throw new org.idealoop.domain.InvalidFieldException("into", "merge.into.merged");
        }
        IdeaStatus before = status;
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        this.mergedInto = other.number;
        this.status = IdeaStatus.DUPLICATE;
        this.statusChangedAt = at;
        this.locked = true;
        return java.util.List.of(entry(IdeaEvent.Kind.MERGE, by, before.id(), String.valueOf(other.number), teamId, null, at),
                other.entry(IdeaEvent.Kind.MERGED_IN, by, String.valueOf(number), null, other.teamId, null, at));
    }

    /** Undoes a merge: the idea is open again, in the status it had before ({@code restored}). */
    public IdeaEventDraft unmerge(IdeaStatus restored, long by, Instant now) {
        if (mergedInto == null) {
            throw new org.idealoop.domain.ConflictException("idea", "merge.none");
        }
        long into = mergedInto;
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        this.mergedInto = null;
        this.status = java.util.Objects.requireNonNull(restored, "restored");
        this.statusChangedAt = at;
        this.locked = false;
        return entry(IdeaEvent.Kind.UNMERGE, by, Long.toString(into), restored.id(), teamId, null, at);
    }

    /**
     * Gives the idea to another team, or back to community triage ({@code to} empty). A category belongs to its
     * team, so the idea leaves its category with the team. {@code from} is the team it has now, named on the timeline.
     */
    public IdeaEventDraft reassign(java.util.Optional<ProductTeam> from, java.util.Optional<ProductTeam> to, long by,
                                   String message, Instant now) {
        java.util.Optional<Long> target = to.map(ProductTeam::id);
        frozenIfMerged();
        if (target.equals(teamId())) {
            throw new org.idealoop.domain.InvalidFieldException("team", "team.unchanged");
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        this.teamId = target.orElse(null);
        this.categoryId = null;
        this.lastActivityAt = at;
        return entry(IdeaEvent.Kind.TEAM, by, from.map(ProductTeam::slug).orElse(null),
                to.map(ProductTeam::slug).orElse(null), teamId, message, at);
    }

    /** A merged idea stays with the team that merged it; its votes and followers went to the other idea. */
    private void frozenIfMerged() {
        if (mergedInto != null) {
            throw new org.idealoop.domain.ConflictException("team", "idea.merged.frozen");
        }
    }

    /** Files the idea under another category, which routes it to the category's team ({@code team}). */
    public IdeaEventDraft refile(Category category, ProductTeam team, java.util.Optional<ProductTeam> from, long by,
                                 String message, Instant now) {
        frozenIfMerged();
        if (category.teamId() != team.id()) {
            throw new org.idealoop.domain.InvalidFieldException("team", "idea.team.mismatch");
        }
        if (category.id().equals(categoryId)) {
            throw new org.idealoop.domain.InvalidFieldException("category", "category.unchanged");
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        this.categoryId = category.id();
        this.teamId = team.id();
        this.lastActivityAt = at;
        return entry(IdeaEvent.Kind.TEAM, by, from.map(ProductTeam::slug).orElse(null), team.slug(), teamId, message, at);
    }

    /** A sign of life (a comment); an official one is an answer, so the first one stops the SLA clock. */
    public void touch(boolean officialResponse, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        this.lastActivityAt = at;
        if (officialResponse && firstResponseAt == null) {
            this.firstResponseAt = at;
        }
    }

    private IdeaEventDraft entry(IdeaEvent.Kind kind, long by, String from, String to, Long team, String message,
                                 Instant at) {
        return new IdeaEventDraft(Objects.requireNonNull(number, "a stored idea"), kind, by, from, to, java.util.Optional.ofNullable(team),
                message, at);
    }


    // --- end of workflow verbs ---

    /** The idea this one was merged into, as a duplicate. */
    public java.util.Optional<Long> mergedInto() {
        return java.util.Optional.ofNullable(mergedInto);
    }

    /** When a status change or an official comment first answered it (stops the SLA clock). */
    public java.util.Optional<Instant> firstResponseAt() {
        return java.util.Optional.ofNullable(firstResponseAt);
    }

    public java.util.Optional<Instant> statusChangedAt() {
        return java.util.Optional.ofNullable(statusChangedAt);
    }

    public int outcomeYes() {
        return outcomeYes;
    }

    public int outcomeNo() {
        return outcomeNo;
    }

    /** A new member's first post, waiting for a moderator's approval. */
    public boolean isHeld() {
        return heldAt != null;
    }

    public boolean isPinned() {
        return pinnedAt != null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    // --- moderation verbs (hide, restore, lock, pin, hold, approve) ---
    // A moderator's edit is edit(..., staff = true, ...): a moderator curates every idea, so no verb of its own.
    // Each verb refuses the state it would leave unchanged (ModerationConflict): another moderator came first.

    /** Takes the idea away from readers (lists, pages, search); moderators still see it. */
    public void hide(Instant at) {
        moderationAllows(hiddenAt == null);
        this.hiddenAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Shows a hidden idea again. */
    public void restore() {
        moderationAllows(hiddenAt != null);
        this.hiddenAt = null;
    }

    /** Closes the idea to new comments and votes; it stays readable. */
    public void lock() {
        moderationAllows(!locked);
        this.locked = true;
    }

    public void unlock() {
        moderationAllows(locked);
        this.locked = false;
    }

    /** Puts the idea at the top of its lists, newest pin first. */
    public void pin(Instant at) {
        moderationAllows(pinnedAt == null);
        this.pinnedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public void unpin() {
        moderationAllows(pinnedAt != null);
        this.pinnedAt = null;
    }

    /** Keeps a new member's first post from readers until a moderator approves it. */
    public void hold(Instant at) {
        moderationAllows(heldAt == null);
        this.heldAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Releases a held idea to readers. */
    public void approve() {
        moderationAllows(heldAt != null);
        this.heldAt = null;
    }

    private static void moderationAllows(boolean allowed) {
        org.idealoop.domain.moderation.ModerationConflict.unless(allowed);
    }

    // --- end of moderation verbs ---

    public java.util.Optional<Instant> editedAt() {
        return java.util.Optional.ofNullable(editedAt);
    }

    /** Files the idea in a category, which routes it to the category's team. */
    public Idea fileUnder(long categoryId, long teamOfCategory) {
        this.categoryId = categoryId;
        this.teamId = teamOfCategory;
        return this;
    }

    /** Gives the idea to a team without a category. */
    public Idea assignTo(long teamId) {
        this.teamId = teamId;
        return this;
    }

    public java.util.Optional<Long> teamId() {
        return java.util.Optional.ofNullable(teamId);
    }

    public java.util.Optional<Long> categoryId() {
        return java.util.Optional.ofNullable(categoryId);
    }

    public Long number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    /** The body's Markdown as HTML that is safe to put on a page. */
    public String bodyHtml() {
        return RichText.toSafeHtml(body);
    }

    /** Empty only for ideas from before members existed. */
    public java.util.Optional<Long> authorId() {
        return java.util.Optional.ofNullable(authorId);
    }

    public IdeaStatus status() {
        return status;
    }

    public int upVotes() {
        return upVotes;
    }

    public int downVotes() {
        return downVotes;
    }

    public int followerCount() {
        return followerCount;
    }

    public int commentCount() {
        return commentCount;
    }

    public boolean isLocked() {
        return locked;
    }

    /** Ups minus downs. */
    public int score() {
        return upVotes - downVotes;
    }

    public int distinctCommenters() {
        return distinctCommenters;
    }

    public double wilson() {
        return wilson;
    }

    public double hot() {
        return hot;
    }

    public double trending() {
        return trending;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The idea's last sign of life: a staff move, a comment, or (absent those) its creation. */
    public Instant lastActivityAt() {
        return lastActivityAt == null || lastActivityAt.isBefore(createdAt) ? createdAt : lastActivityAt;
    }

    /** Row version; increases with every change, so the search index can refuse stale updates. */
    public long version() {
        return version;
    }
}
