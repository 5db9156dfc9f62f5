package org.idealoop.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Trending counts an idea's votes of the last 7 days, so it changes when a vote arrives and when votes age
 * out of the window. A vote marks its idea in {@code trending_dirty} (as do votes written by bulk SQL), and
 * the marked ideas are recomputed every minute, each once however many votes it drew; every ten minutes the
 * ideas with trending above 0 are recomputed too, for votes that aged out (an idea without a recent voter
 * has trending 0 and keeps it until a vote marks it). Each batch of {@link #BATCH} ideas is one short
 * transaction, so the refresh never holds many row locks and a vote waits at most for one batch.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrendingRefresh {

    private static final Logger LOG = Logger.getLogger(TrendingRefresh.class.getName());

    /** Ideas per statement. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Inject
    JpaVoteRepository votes;

    @Resource
    SessionContext context;

    @Inject
    org.idealoop.infrastructure.cluster.ClusterJobs jobs;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void onSchedule() {
        if (jobs.claim("trending", java.time.Duration.ofMinutes(10))) { // once per period across every instance
            refresh();
        }
    }

    /** Every minute but the tenth: the ideas votes marked since. */
    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void drainDirtyOnSchedule() {
        if (!jobs.claim("trending-dirty", java.time.Duration.ofMinutes(1))) {
            return;
        }
        TrendingRefresh self = context.getBusinessObject(TrendingRefresh.class);
        while (self.drainDirty().marked() > 0) {
            // one batch of at most BATCH ideas per transaction
        }
    }

    /**
     * Recomputes trending of the ideas above 0, walking index idea_trending upwards in batches, then of
     * the ideas marked dirty; returns the idea rows written. An idea whose value rose during the walk
     * (its baseline week count grew) is met once more further up; one whose value fell, as when votes
     * age out, is behind the walk.
     */
    public int refresh() {
        TrendingRefresh self = context.getBusinessObject(TrendingRefresh.class);
        int written = 0;
        double afterTrending = 0;
        long afterNumber = 0;
        while (true) {
            List<Object[]> page = self.abovePage(afterTrending, afterNumber);
            if (page.isEmpty()) {
                break;
            }
            Object[] last = page.get(page.size() - 1);
            afterTrending = ((Number) last[0]).doubleValue();
            afterNumber = ((Number) last[1]).longValue();
            written += self.write(page.stream().map(row -> ((Number) row[1]).longValue()).toList());
        }
        for (Drained drained = self.drainDirty(); drained.marked() > 0; drained = self.drainDirty()) {
            written += drained.written();
        }
        int total = written;
        LOG.fine(() -> "Trending refreshed: " + total + " ideas written");
        return written;
    }

    /** The next ideas above 0 after (trending, number) in the index's order: [trending, number]. */
    @SuppressWarnings("unchecked")
    public List<Object[]> abovePage(double afterTrending, long afterNumber) {
        return em.createNativeQuery("SELECT trending, number FROM idea WHERE trending > 0"
                        + " AND (trending > ? OR (trending = ? AND number > ?)) ORDER BY trending, number LIMIT " + BATCH)
                .setParameter(1, afterTrending).setParameter(2, afterTrending).setParameter(3, afterNumber)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int write(List<Long> ideaNumbers) {
        return votes.refreshTrending(ideaNumbers);
    }

    /**
     * Recomputes one batch of dirty ideas and unmarks them (none marked: nothing left). The marks are read without
     * a lock: a vote locks its idea and then marks it, so a drain that locked marks (and, under REPEATABLE READ, the
     * gaps between them) and then waited for the ideas' rows deadlocked with votes (16 of 23,046 votes in a
     * benchmark's minute). Read plainly, the drain waits only for ideas' rows; a vote that marks its idea while the
     * drain runs gives the mark a new time, and the drain deletes only the marks whose time it read, so that idea is
     * recomputed by the next drain. Two drains at once (the ten-minute refresh and the minute's drain) compute the
     * same values twice, nothing worse.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Drained drainDirty() {
        @SuppressWarnings("unchecked")
        List<Object[]> marked = em.createNativeQuery("SELECT idea_number, marked_at FROM trending_dirty"
                + " ORDER BY idea_number LIMIT " + BATCH).getResultList();
        if (marked.isEmpty()) {
            return new Drained(0, 0);
        }
        List<Long> numbers = marked.stream().map(row -> ((Number) row[0]).longValue()).toList();
        int written = votes.refreshTrending(numbers);
        // Only the marks as they were read: a vote since then set a new mark time, and its idea stays marked.
        StringBuilder unchanged = new StringBuilder();
        for (int i = 0; i < marked.size(); i++) {
            unchanged.append(i == 0 ? "" : ",").append("(?, ?)");
        }
        var delete = em.createNativeQuery("DELETE FROM trending_dirty WHERE (idea_number, marked_at) IN (" + unchanged + ")");
        int p = 1;
        for (Object[] row : marked) {
            delete.setParameter(p++, row[0]).setParameter(p++, row[1]);
        }
        delete.executeUpdate();
        return new Drained(numbers.size(), written);
    }

    /** One batch of the dirty queue: ideas unmarked, idea rows written (fewer when an idea is gone). */
    public record Drained(int marked, int written) {
    }
}
