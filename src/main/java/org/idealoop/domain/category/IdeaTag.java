package org.idealoop.domain.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An idea carrying a tag (for queries: "ideas tagged x"). */
@Entity
@Table(name = "idea_tag")
@IdClass(IdeaTag.Key.class)
public class IdeaTag {

    @Id
    @Column(name = "idea_number")
    private long ideaNumber;

    @Id
    @Column(name = "tag_id")
    private long tagId;

    protected IdeaTag() {
        // for JPA
    }

    public IdeaTag(long ideaNumber, long tagId) {
        this.ideaNumber = ideaNumber;
        this.tagId = tagId;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long ideaNumber;
        private long tagId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.ideaNumber == ideaNumber && key.tagId == tagId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ideaNumber, tagId);
        }
    }
}
