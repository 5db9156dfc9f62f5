package org.idealoop.domain.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A staff member's place in a product team, with what they own there. */
@Entity
@Table(name = "team_membership")
@IdClass(TeamMembership.Key.class)
@NamedQuery(name = "TeamMembership.all", query = "SELECT m FROM TeamMembership m")
@NamedQuery(name = "TeamMembership.ofMember",
        query = "SELECT m FROM TeamMembership m WHERE m.memberId = :memberId")
public class TeamMembership {

    @Id
    @Column(name = "team_id")
    private long teamId;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(nullable = false)
    private String owns;

    protected TeamMembership() {
        // for JPA
    }

    public TeamMembership(long teamId, long memberId, String owns) {
        this.teamId = teamId;
        this.memberId = memberId;
        this.owns = owns == null ? "" : owns;
    }

    public long teamId() {
        return teamId;
    }

    public long memberId() {
        return memberId;
    }

    public String owns() {
        return owns;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long teamId;
        private long memberId;

        public Key() {
        }

        public Key(long teamId, long memberId) {
            this.teamId = teamId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.teamId == teamId && key.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, memberId);
        }
    }
}
