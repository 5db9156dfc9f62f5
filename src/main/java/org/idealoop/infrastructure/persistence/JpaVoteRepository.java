package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.idea.Ranking;
import org.idealoop.domain.vote.VoteDirection;
import org.idealoop.domain.vote.VoteRepository;
import org.idealoop.domain.vote.VoteTally;

/**
 * Votes in SQL. The caller's transaction first locks the idea's row ({@link #lockForVote}); the vote row
 * (primary key idea + member) and the idea's totals then change together, computed from the locked row, so
 * concurrent votes on one idea are counted exactly and a member's double click counts once.
 */
@ApplicationScoped
public class JpaVoteRepository implements VoteRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public Optional<LockedIdea> lockIdea(long ideaNumber) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, locked FROM idea WHERE number = ? FOR UPDATE")
                .setParameter(1, ideaNumber)
                .getResultList();
        return rows.stream().findFirst().map(row -> new LockedIdea(IdeaStatus.fromId((String) row[0]).orElseThrow(),
                row[1] instanceof Boolean b ? b : ((Number) row[1]).intValue() != 0));
    }

    @Override
    public Optional<Ballot> lockForVote(long ideaNumber, long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.status, i.locked, i.up_votes, i.down_votes,"
                        + " i.distinct_commenters, i.created_at, v.direction FROM idea i"
                        + " LEFT JOIN vote v ON v.idea_number = i.number AND v.member_id = ?"
                        + " WHERE i.number = ? FOR UPDATE")
                .setParameter(1, memberId)
                .setParameter(2, ideaNumber)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Ballot(ideaNumber, memberId,
                IdeaStatus.fromId((String) row[0]).orElseThrow(),
                row[1] instanceof Boolean b ? b : ((Number) row[1]).intValue() != 0,
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                ((Timestamp) row[5]).toInstant(), Optional.ofNullable((String) row[6]).map(VoteDirection::parse)));
    }

    /**
     * The vote row, then the idea's row once: totals, hot and Wilson computed here from the locked row (no other
     * vote can change it before this transaction ends), the follower count by delta (follows also come from
     * comments and the follow button, which do not take this lock), and a mark for the trending refresh, which
     * counts the idea's recent votes at most once a minute however many arrive (at a launch, thousands a minute).
     */
    @Override
    public VoteTally set(Ballot ballot, Optional<VoteDirection> direction, int newFollowers) {
        long ideaNumber = ballot.ideaNumber();
        Optional<VoteDirection> old = ballot.current();
        if (old.equals(direction)) {
            if (newFollowers != 0) {
                em.createNativeQuery("UPDATE idea SET follower_count = follower_count + ? WHERE number = ?")
                        .setParameter(1, newFollowers).setParameter(2, ideaNumber).executeUpdate();
            }
            return new VoteTally(ideaNumber, ballot.ups(), ballot.downs(), direction);
        }
        Timestamp now = Timestamp.from(Instant.now());
        if (old.isEmpty()) {
            em.createNativeQuery("INSERT INTO vote (idea_number, member_id, direction, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, ideaNumber).setParameter(2, ballot.memberId())
                    .setParameter(3, direction.get().id()).setParameter(4, now).setParameter(5, now)
                    .executeUpdate();
        } else if (direction.isPresent()) {
            em.createNativeQuery("UPDATE vote SET direction = ?, updated_at = ? WHERE idea_number = ? AND member_id = ?")
                    .setParameter(1, direction.get().id()).setParameter(2, now)
                    .setParameter(3, ideaNumber).setParameter(4, ballot.memberId())
                    .executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM vote WHERE idea_number = ? AND member_id = ?")
                    .setParameter(1, ideaNumber).setParameter(2, ballot.memberId())
                    .executeUpdate();
        }
        int ups = ballot.ups() + count(direction, VoteDirection.UP) - count(old, VoteDirection.UP);
        int downs = ballot.downs() + count(direction, VoteDirection.DOWN) - count(old, VoteDirection.DOWN);
        em.createNativeQuery("UPDATE idea SET up_votes = ?, down_votes = ?, score = ?, hot = ?, wilson = ?,"
                        + " follower_count = follower_count + ? WHERE number = ?")
                .setParameter(1, ups).setParameter(2, downs).setParameter(3, ups - downs)
                .setParameter(4, Ranking.hot(ups - downs, ballot.distinctCommenters(), ballot.createdAt()))
                .setParameter(5, Ranking.wilson(ups, downs))
                .setParameter(6, newFollowers)
                .setParameter(7, ideaNumber)
                .executeUpdate();
        // A new mark time even when the idea is marked already: a drain deletes only the marks it read unchanged.
        em.createNativeQuery("INSERT INTO trending_dirty (idea_number, marked_at) VALUES (?, ?)"
                        + " ON DUPLICATE KEY UPDATE marked_at = VALUES(marked_at)")
                .setParameter(1, ideaNumber).setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
        return new VoteTally(ideaNumber, ups, downs, direction);
    }

    /** Writes the idea's hot and Wilson values from its current totals, and its trending value. */
    @Override
    public void rerank(long ideaNumber) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT up_votes, down_votes, distinct_commenters, created_at FROM idea WHERE number = ?")
                .setParameter(1, ideaNumber)
                .getSingleResult();
        int ups = ((Number) row[0]).intValue();
        int downs = ((Number) row[1]).intValue();
        int commenters = ((Number) row[2]).intValue();
        Instant createdAt = ((Timestamp) row[3]).toInstant();
        em.createNativeQuery("UPDATE idea SET hot = ?, wilson = ? WHERE number = ?")
                .setParameter(1, Ranking.hot(ups - downs, commenters, createdAt))
                .setParameter(2, Ranking.wilson(ups, downs))
                .setParameter(3, ideaNumber)
                .executeUpdate();
        refreshTrending(List.of(ideaNumber));
    }

    /**
     * trending = distinct voters of the last 7 days / (1 + earlier voters per week of the idea's
     * earlier life): growth against the idea's own baseline (docs/ranking.md). One statement for the
     * given ideas that reads only their recent votes (index vote_recent); the earlier voters are the
     * idea's vote counters minus the recent ones. Returns the idea rows it wrote (the driver reports
     * matched rows, so an idea whose value stayed the same counts too).
     */
    public int refreshTrending(Collection<Long> ideaNumbers) {
        if (ideaNumbers.isEmpty()) {
            return 0;
        }
        String in = numberList(ideaNumbers);
        Instant now = Instant.now();
        return em.createNativeQuery("UPDATE idea i LEFT JOIN (SELECT idea_number, COUNT(*) AS recent FROM vote"
                        + " WHERE idea_number IN (" + in + ") AND created_at >= ? GROUP BY idea_number) v"
                        + " ON v.idea_number = i.number"
                        + " SET i.trending = COALESCE(v.recent, 0) / (1 + GREATEST(0, i.up_votes + i.down_votes"
                        + "   - COALESCE(v.recent, 0)) / GREATEST(1, TIMESTAMPDIFF(DAY, i.created_at, ?) / 7 - 1))"
                        + " WHERE i.number IN (" + in + ")")
                .setParameter(1, Timestamp.from(now.minus(java.time.Duration.ofDays(7))))
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    /** Numbers for an SQL IN list (longs only, so nothing can be injected). */
    static String numberList(Collection<Long> numbers) {
        StringBuilder in = new StringBuilder();
        for (Long number : numbers) {
            in.append(in.length() == 0 ? "" : ",").append(number.longValue());
        }
        return in.toString();
    }

    @Override
    public Map<Long, VoteDirection> votesOf(long memberId, Collection<Long> ideaNumbers) {
        Map<Long, VoteDirection> votes = new HashMap<>();
        if (ideaNumbers.isEmpty()) {
            return votes;
        }
        StringBuilder in = new StringBuilder();
        for (Long number : ideaNumbers) {
            in.append(in.length() == 0 ? "" : ",").append(number.longValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT idea_number, direction FROM vote WHERE member_id = ?"
                        + " AND idea_number IN (" + in + ")")
                .setParameter(1, memberId)
                .getResultList();
        for (Object[] row : rows) {
            votes.put(((Number) row[0]).longValue(), VoteDirection.parse((String) row[1]));
        }
        return votes;
    }

    private static int count(Optional<VoteDirection> vote, VoteDirection direction) {
        return vote.filter(direction::equals).isPresent() ? 1 : 0;
    }
}
