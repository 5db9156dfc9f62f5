package org.idealoop.domain.idea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The title and body an edit replaced, with who edited and when. */
@Entity
@Table(name = "idea_revision")
@NamedQuery(name = "IdeaRevision.ofIdea",
        query = "SELECT r FROM IdeaRevision r WHERE r.ideaNumber = :idea ORDER BY r.id DESC")
public class IdeaRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_number", nullable = false)
    private long ideaNumber;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "edited_by", nullable = false)
    private long editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected IdeaRevision() {
        // for JPA
    }

    IdeaRevision(long ideaNumber, String title, String body, long editedBy, Instant editedAt) {
        this.ideaNumber = ideaNumber;
        this.title = title;
        this.body = body;
        this.editedBy = editedBy;
        this.editedAt = editedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public long ideaNumber() {
        return ideaNumber;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public long editedBy() {
        return editedBy;
    }

    public Instant editedAt() {
        return editedAt;
    }
}
