package org.idealoop.domain.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.IdeaTitle;

/**
 * A customer's experience with a product: praise, a problem or a question. A story is told through
 * {@link #tell}, answered by staff and hidden or restored by moderators, each through its verb; readers get a
 * {@link StoryView}. Its "me too" count and its links to ideas are kept by the repository.
 */
@Entity
@Table(name = "story")
public class Story {

    public static final int MAX_BODY = 10_000;
    public static final int MAX_ANSWER = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    /** A {@link StoryKind} id, as the database's check constraint holds it. */
    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, length = IdeaTitle.MAX_LENGTH)
    private String title;

    @Column(nullable = false)
    private String body;

    private Integer stars;

    // Kept by one SQL increment in the repository, so that members saying "me too" at once all count; JPA only reads it.
    @Column(name = "me_too", insertable = false, updatable = false)
    private int meToo;

    private String answer;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Bumped on every change: the search index keeps the newest version of a story. */
    @Version
    private long version;

    protected Story() {
        // for JPA
    }

    private Story(long productId, long authorId, StoryKind kind, IdeaTitle title, String body, Integer stars, Instant at) {
        this.productId = productId;
        this.authorId = authorId;
        this.kind = kind.id();
        this.title = title.value();
        this.body = body;
        this.stars = stars;
        // The database keeps microseconds; keep the same here so what is read back equals what was told.
        this.createdAt = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A member tells a story: a title like an idea's, a body (Markdown, required, up to {@link #MAX_BODY} characters)
     * and, optionally, 1 to 5 stars. Refuses bad input naming the field, in that order.
     */
    public static Story tell(long productId, long authorId, StoryKind kind, String title, String body, Integer stars,
                             Instant at) {
        IdeaTitle validTitle = new IdeaTitle(title);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidFieldException("body", "story.body.required");
        }
        if (text.length() > MAX_BODY) {
            throw new InvalidFieldException("body", "idea.body.length");
        }
        if (stars != null && (stars < 1 || stars > 5)) {
            throw new InvalidFieldException("stars", "rating.csat.range");
        }
        return new Story(productId, authorId, Objects.requireNonNull(kind, "kind"), validTitle, text, stars, at);
    }

    /** Staff answer the story officially (which marks a question answered); a later answer replaces the earlier one. */
    public void answer(String text, long by, Instant at) {
        String answerText = text == null ? "" : text.strip();
        if (answerText.isEmpty() || answerText.length() > MAX_ANSWER) {
            throw new InvalidFieldException("answer", "story.answer.length");
        }
        this.answer = answerText;
        this.answeredBy = by;
        this.answeredAt = Objects.requireNonNull(at, "at");
    }

    /** A moderator takes the story out of lists, pages and search; hiding a hidden story is a conflict. */
    public void hide(Instant at) {
        if (hiddenAt != null) {
            throw new ConflictException("id", "moderation.conflict");
        }
        this.hiddenAt = Objects.requireNonNull(at, "at");
    }

    /** A moderator shows a hidden story again; restoring a visible story is a conflict. */
    public void restore() {
        if (hiddenAt == null) {
            throw new ConflictException("id", "moderation.conflict");
        }
        this.hiddenAt = null;
    }

    /** Empty until the story is stored. */
    public Long id() {
        return id;
    }

    public long productId() {
        return productId;
    }

    public long authorId() {
        return authorId;
    }

    public StoryKind kind() {
        return StoryKind.fromId(kind).orElseThrow();
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Optional<Integer> stars() {
        return Optional.ofNullable(stars);
    }

    public int meToo() {
        return meToo;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Long> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public Optional<Instant> hiddenAt() {
        return Optional.ofNullable(hiddenAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
