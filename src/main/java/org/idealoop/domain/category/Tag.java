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
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Slug;

/** A free label on ideas (up to five per idea). */
@Entity
@Table(name = "tag")
@NamedQuery(name = "Tag.all", query = "SELECT t FROM Tag t ORDER BY t.name")
@NamedQuery(name = "Tag.findBySlug", query = "SELECT t FROM Tag t WHERE t.slug = :slug")
public class Tag {

    public static final int MAX_PER_IDEA = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Tag() {
        // for JPA
    }

    public Tag(String name, Instant now) {
        this.name = validName(name);
        this.slug = slugOf(this.name);
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** A tag's name: 2 to 30 characters of letters, digits, spaces and dashes, with a letter or digit among them. */
    public static String validName(String name) {
        return validName("tags", name);
    }

    /** The same rule, refused naming {@code field} (a rename names its "name"). */
    public static String validName(String field, String name) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.length() < 2 || trimmed.length() > 30 || !trimmed.matches("[\\p{L}\\p{N} -]+")
                || !trimmed.matches(".*[\\p{L}\\p{N}].*")) { // "--" says nothing and its slug would be "idea"
            throw new InvalidFieldException(field, "tag.name.invalid");
        }
        return trimmed;
    }

    public static String slugOf(String name) {
        return Slug.of(name);
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

    public Instant createdAt() {
        return createdAt;
    }
}
