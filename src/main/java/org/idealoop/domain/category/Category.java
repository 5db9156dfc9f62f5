package org.idealoop.domain.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Where an idea is filed; owned by one product team, to which it routes its ideas. */
@Entity
@Table(name = "category")
@NamedQuery(name = "Category.all", query = "SELECT c FROM Category c ORDER BY c.name")
@NamedQuery(name = "Category.findBySlug", query = "SELECT c FROM Category c WHERE c.slug = :slug")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Category() {
        // for JPA
    }

    public Category(String slug, String name, long teamId, Instant now) {
        this.slug = slug;
        this.name = name;
        this.teamId = teamId;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** A new name; the slug stays, so links, filters and the search index keep working. */
    public void rename(String newName) {
        this.name = newName;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public long teamId() {
        return teamId;
    }
}
