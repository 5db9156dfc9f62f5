package org.idealoop.domain.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A group inside the company that owns products and categories and answers the ideas routed to it. */
@Entity
@Table(name = "product_team")
@NamedQuery(name = "ProductTeam.all", query = "SELECT t FROM ProductTeam t ORDER BY t.name")
@NamedQuery(name = "ProductTeam.findBySlug", query = "SELECT t FROM ProductTeam t WHERE t.slug = :slug")
public class ProductTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Target hours to a first official response (the SLA clock of the triage inbox). */
    @Column(name = "sla_hours", nullable = false)
    private int slaHours = 72;

    protected ProductTeam() {
        // for JPA
    }

    public ProductTeam(String slug, String name, String description, Instant now) {
        this.slug = slug;
        this.name = name;
        this.description = description == null ? "" : description;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public void change(String newName, String newDescription, int newSlaHours) {
        this.name = newName;
        this.description = newDescription == null ? "" : newDescription;
        this.slaHours = newSlaHours;
    }

    public int slaHours() {
        return slaHours;
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

    public String description() {
        return description;
    }
}
