package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.moderation.Visibility;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamMembership;
import org.idealoop.domain.team.TeamRepository;
import org.idealoop.infrastructure.cache.DetachedReads;
import org.idealoop.infrastructure.cache.ReadCache;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Inject
    ReadCache cache;

    @Inject
    DetachedReads reads;

    @Override
    public ProductTeam add(ProductTeam team) {
        cache.evictAfterCommit(ReadCache.Region.FILING);
        em.persist(team);
        em.flush();
        return team;
    }

    /** From memory (detached, read-only); a transaction that changed teams reads its own changes instead. */
    @Override
    public List<ProductTeam> all() {
        if (cache.changedInThisTransaction(ReadCache.Region.FILING)) {
            return em.createNamedQuery("ProductTeam.all", ProductTeam.class).getResultList();
        }
        return catalog().all();
    }

    @Override
    public Optional<ProductTeam> findBySlug(String slug) {
        Optional<ProductTeam> known = cache.changedInThisTransaction(ReadCache.Region.FILING) ? Optional.empty()
                : catalog().find(slug);
        if (known.isPresent()) {
            return known;
        }
        // Not in memory: ask the database (a team added around the application, by SQL), and reload the list
        // when it has one the list lacks.
        return cache.missed(ReadCache.Region.FILING, em.createNamedQuery("ProductTeam.findBySlug", ProductTeam.class)
                .setParameter("slug", slug).getResultStream().findFirst());
    }

    /** Locking for a change also forgets the cached teams, after the commit too. */
    @Override
    public Optional<ProductTeam> lockForChange(String slug) {
        cache.evictAfterCommit(ReadCache.Region.FILING);
        return em.createNamedQuery("ProductTeam.findBySlug", ProductTeam.class).setParameter("slug", slug)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private DetachedReads.Catalog<ProductTeam> catalog() {
        return cache.get(ReadCache.Region.FILING, DetachedReads.Filing.KEY, reads::filing).teams();
    }

    @Override
    public void addMember(TeamMembership membership) {
        em.merge(membership);
    }

    @Override
    public List<TeamMembership> memberships() {
        return em.createNamedQuery("TeamMembership.all", TeamMembership.class).getResultList();
    }

    @Override
    public List<TeamMembership> membershipsOf(long memberId) {
        return em.createNamedQuery("TeamMembership.ofMember", TeamMembership.class)
                .setParameter("memberId", memberId).getResultList();
    }

    @Override
    public void removeMember(long teamId, long memberId) {
        em.createNativeQuery("DELETE FROM team_membership WHERE team_id = ? AND member_id = ?")
                .setParameter(1, teamId).setParameter(2, memberId).executeUpdate();
    }

    @Override
    public java.util.List<org.idealoop.domain.team.RoutingRule> rules() {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("SELECT id, team_id, kind, value FROM routing_rule ORDER BY id")
                .getResultList();
        return rows.stream().map(r -> new org.idealoop.domain.team.RoutingRule(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3])).toList();
    }

    @Override
    public org.idealoop.domain.team.RoutingRule addRule(long teamId, String kind, String value, java.time.Instant at) {
        em.createNativeQuery("INSERT INTO routing_rule (team_id, kind, value, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, teamId).setParameter(2, kind).setParameter(3, value)
                .setParameter(4, java.sql.Timestamp.from(at)).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return new org.idealoop.domain.team.RoutingRule(id, teamId, kind, value);
    }

    @Override
    public boolean removeRule(long teamId, long ruleId) {
        return em.createNativeQuery("DELETE FROM routing_rule WHERE id = ? AND team_id = ?")
                .setParameter(1, ruleId).setParameter(2, teamId).executeUpdate() > 0;
    }

    @Override
    public void follow(long teamId, long memberId, java.time.Instant at) {
        em.createNativeQuery("INSERT IGNORE INTO team_follow (team_id, member_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, teamId).setParameter(2, memberId).setParameter(3, java.sql.Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public void unfollow(long teamId, long memberId) {
        em.createNativeQuery("DELETE FROM team_follow WHERE team_id = ? AND member_id = ?")
                .setParameter(1, teamId).setParameter(2, memberId).executeUpdate();
    }

    @Override
    public boolean follows(long teamId, long memberId) {
        return !em.createNativeQuery("SELECT 1 FROM team_follow WHERE team_id = ? AND member_id = ?")
                .setParameter(1, teamId).setParameter(2, memberId).getResultList().isEmpty();
    }

    @Override
    public java.util.List<org.idealoop.domain.idea.Idea> inbox(Optional<Long> teamId, String view,
                                                               java.time.Instant overdueBefore, int limit) {
        return inbox(teamId, view, overdueBefore, limit, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public java.util.List<org.idealoop.domain.idea.Idea> inbox(Optional<Long> teamId, String view,
            java.time.Instant overdueBefore, int limit, Optional<org.idealoop.domain.idea.IdeaStatus> status,
            Optional<Long> categoryId, Optional<String> sort) {
        String team = teamId.isPresent() ? "i.teamId = :team" : "i.teamId IS NULL";
        String where = switch (view) {
            case "new" -> " AND i.status = :newStatus";
            case "awaiting" -> " AND i.firstResponseAt IS NULL";
            case "overdue" -> " AND i.firstResponseAt IS NULL AND i.createdAt < :before";
            case "activity" -> " AND i.lastActivityAt IS NOT NULL AND (i.firstResponseAt IS NULL"
                    + " OR i.lastActivityAt > i.firstResponseAt)";
            case "open" -> " AND i.status IN :openStatuses";
            default -> throw new IllegalArgumentException(view);
        };
        String order = sort.map(s -> switch (s) {
            case "newest" -> " ORDER BY i.createdAt DESC, i.number DESC";
            case "oldest" -> " ORDER BY i.createdAt, i.number";
            case "score" -> " ORDER BY i.score DESC, i.number DESC";
            default -> throw new IllegalArgumentException(s);
        }).orElse(switch (view) {
            case "new" -> " ORDER BY i.createdAt DESC, i.number DESC";
            case "activity" -> " ORDER BY i.lastActivityAt DESC, i.number DESC";
            default -> " ORDER BY i.createdAt, i.number";
        });
        // Staff triage held first posts too (they may answer them before approving); merged ones need no answer.
        var query = em.createQuery("SELECT i FROM Idea i WHERE " + team
                + " AND " + Visibility.Jpql.ideaForStaff("i") + " AND i.mergedInto IS NULL" + where
                + (status.isPresent() ? " AND i.status = :status" : "")
                + (categoryId.isPresent() ? " AND i.categoryId = :category" : "") + order,
                org.idealoop.domain.idea.Idea.class);
        teamId.ifPresent(id -> query.setParameter("team", id));
        if ("overdue".equals(view)) {
            query.setParameter("before", overdueBefore);
        }
        if ("new".equals(view)) {
            query.setParameter("newStatus", org.idealoop.domain.idea.IdeaStatus.NEW);
        }
        if ("open".equals(view)) { // every idea still in play, answered or not
            query.setParameter("openStatuses", java.util.Arrays.stream(org.idealoop.domain.idea.IdeaStatus.values())
                    .filter(s -> !s.isClosed()).toList());
        }
        status.ifPresent(value -> query.setParameter("status", value));
        categoryId.ifPresent(value -> query.setParameter("category", value));
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public java.util.List<org.idealoop.domain.idea.Idea> inStatus(Optional<Long> teamId,
            org.idealoop.domain.idea.IdeaStatus status, int limit) {
        var query = em.createQuery("SELECT i FROM Idea i WHERE i.status = :status AND " + Visibility.Jpql.idea("i")
                + (teamId.isPresent() ? " AND i.teamId = :team" : "")
                + " ORDER BY i.statusChangedAt DESC, i.number DESC", org.idealoop.domain.idea.Idea.class)
                .setParameter("status", status);
        teamId.ifPresent(id -> query.setParameter("team", id));
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public java.util.Map<Long, String> deliveryMessages(java.util.Collection<Long> ideaNumbers) {
        java.util.Map<Long, String> messages = new java.util.HashMap<>();
        if (ideaNumbers.isEmpty()) {
            return messages;
        }
        StringBuilder in = new StringBuilder();
        for (Long n : ideaNumbers) {
            in.append(in.length() == 0 ? "" : ",").append(n.longValue());
        }
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("SELECT idea_number, message FROM idea_event"
                        + " WHERE kind = 'status' AND to_value = 'delivered' AND idea_number IN (" + in + ")"
                        + " ORDER BY created_at, id").getResultList();
        for (Object[] row : rows) {
            messages.put(((Number) row[0]).longValue(), (String) row[1]); // the latest wins
        }
        return messages;
    }

    @Override
    public int[] outcomeOf(long teamId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(outcome_yes), 0), COALESCE(SUM(outcome_no), 0)"
                        + " FROM idea i WHERE i.team_id = ? AND i.status = 'delivered' AND " + Visibility.idea("i"))
                .setParameter(1, teamId).getSingleResult();
        return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
    }

    @Override
    public long[] referencesTo(long teamId) {
        long ideas = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM idea WHERE team_id = ?"
                        + " OR category_id IN (SELECT id FROM category WHERE team_id = ?)")
                .setParameter(1, teamId).setParameter(2, teamId).getSingleResult()).longValue();
        long products = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM product WHERE team_id = ?")
                .setParameter(1, teamId).getSingleResult()).longValue();
        return new long[] {ideas, products};
    }

    @Override
    public void remove(ProductTeam team) {
        cache.evictAfterCommit(ReadCache.Region.FILING);
        // Categories have no ON DELETE CASCADE (an idea may point at them): the caller made sure none does.
        em.createNativeQuery("DELETE FROM category WHERE team_id = ?").setParameter(1, team.id()).executeUpdate();
        em.remove(em.contains(team) ? team : em.merge(team));
        em.flush();
    }
}
