package org.idealoop.domain.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One member's vote on one idea, as JPA sees it (for queries such as "voted by me"). Votes are
 * written by {@link VoteRepository}, which keeps the idea's totals exact.
 */
@Entity
@Table(name = "vote")
@IdClass(Vote.Key.class)
public class Vote {

    @Id
    @Column(name = "idea_number")
    private long ideaNumber;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(nullable = false)
    private String direction;

    protected Vote() {
        // for JPA
    }

    public long ideaNumber() {
        return ideaNumber;
    }

    public long memberId() {
        return memberId;
    }

    public VoteDirection direction() {
        return VoteDirection.parse(direction);
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long ideaNumber;
        private long memberId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.ideaNumber == ideaNumber && key.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ideaNumber, memberId);
        }
    }
}
