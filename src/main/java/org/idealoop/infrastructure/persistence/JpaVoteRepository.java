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
 * Votes in SQL. The caller's transaction first locks the idea's row ({@link #lockIdea}); the vote row
 * (primary key idea + member) and the idea's totals then change together, by delta, so concurrent
 * votes on one idea are counted exactly and a member's double click counts once.
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
    public Optional<VoteDirection> find(long ideaNumber, long memberId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT direction FROM vote WHERE idea_number = ? AND member_id = ?")
                .setParameter(1, ideaNumber)
                .setParameter(2, memberId)
                .getResultList();
        return rows.stream().findFirst().map(VoteDirection::parse);
    }

    @Override
    public VoteTally set(long ideaNumber, long memberId, Optional<VoteDirection> direction) {
        Optional<VoteDirection> old = find(ideaNumber, memberId);
        if (!old.equals(direction)) {
            Timestamp now = Timestamp.from(Instant.now());
            if (old.isEmpty()) {
                em.createNativeQuery("INSERT INTO vote (idea_number, member_id, direction, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, ideaNumber).setParameter(2, memberId)
                        .setParameter(3, direction.get().id()).setParameter(4, now).setParameter(5, now)
                        .executeUpdate();
            } else if (direction.isPresent()) {
                em.createNativeQuery("UPDATE vote SET direction = ?, updated_at = ? WHERE idea_number = ? AND member_id = ?")
                        .setParameter(1, direction.get().id()).setParameter(2, now)
                        .setParameter(3, ideaNumber).setParameter(4, memberId)
                        .executeUpdate();
            } else {
                em.createNativeQuery("DELETE FROM vote WHERE idea_number = ? AND member_id = ?")
                        .setParameter(1, ideaNumber).setParameter(2, memberId)
                        .executeUpdate();
            }
            int ups = count(direction, VoteDirection.UP) - count(old, VoteDirection.UP);
            int downs = count(direction, VoteDirection.DOWN) - count(old, VoteDirection.DOWN);
            em.createNativeQuery("UPDATE idea SET up_votes = up_votes + ?, down_votes = down_votes + ?,"
                            + " score = score + ? WHERE number = ?")
                    .setParameter(1, ups).setParameter(2, downs).setParameter(3, ups - downs)
                    .setParameter(4, ideaNumber)
                    .executeUpdate();
            int[] totals = rerankReading(ideaNumber); // the totals it reads are the ones to answer
            return new VoteTally(ideaNumber, totals[0], totals[1], direction);
        }
        Object[] totals = (Object[]) em.createNativeQuery("SELECT up_votes, down_votes FROM idea WHERE number = ?")
                .setParameter(1, ideaNumber)
                .getSingleResult();
        return new VoteTally(ideaNumber, ((Number) totals[0]).intValue(), ((Number) totals[1]).intValue(), direction);
    }

    /** Writes the idea's hot and Wilson values from its current totals, and its trending value. */
    @Override
    public void rerank(long ideaNumber) {
        rerankReading(ideaNumber);
    }

    /** {@link #rerank(long)}, answering the up and down votes it read. */
    private int[] rerankReading(long ideaNumber) {
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
        return new int[] {ups, downs};
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
