package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.idealoop.domain.priority.Demand;
import org.idealoop.domain.priority.PriorityRepository;
import org.idealoop.domain.priority.Rice;
import org.idealoop.domain.priority.RiceEstimate;

/**
 * Demand is one grouped query: the inner level folds each idea's promoters into accounts (a member
 * without an account is its own account of value 1, keyed by the negated member id), so an account's
 * value is counted once however many of its members vote; the outer level sums accounts per segment.
 */
@ApplicationScoped
public class JpaPriorityRepository implements PriorityRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    /**
     * Each (idea, account) pair among the up-votes of the ideas {@code ideaFilter} selects (an SQL
     * condition on {@code v.idea_number}): segment, value, how many of its members vote, latest vote.
     */
    static String accountsOfSupporters(String ideaFilter) {
        return "SELECT v.idea_number, MAX(COALESCE(a.segment, '" + Demand.NO_ACCOUNT + "')) AS segment,"
                + " MAX(COALESCE(a.value, 1)) AS value, COUNT(*) AS members, MAX(v.updated_at) AS last_vote"
                + " FROM vote v JOIN member m ON m.id = v.member_id LEFT JOIN account a ON a.id = m.account_id"
                + " WHERE v.direction = 'up' AND " + ideaFilter
                + " GROUP BY v.idea_number, COALESCE(a.id, -m.id)";
    }

    /**
     * The priority score in SQL, the same formula as {@link org.idealoop.domain.priority.PriorityBreakdown}
     * over an idea {@code i}, its demand {@code d} (accounts, value, last_vote) and RICE row {@code r}.
     */
    static final String PRIORITY = "COALESCE(LN(1 + d.value) * SQRT(d.accounts), 0)"
            + " * (1 + LN(1 + COALESCE(r.reach * r.impact * r.confidence / 100 / r.effort, 1)))"
            + " * (0.5 + 0.5 * POW(0.5, GREATEST(0, TIMESTAMPDIFF(MICROSECOND, GREATEST(i.created_at,"
            + " COALESCE(i.last_activity_at, i.created_at), COALESCE(d.last_vote, i.created_at)), NOW(6)))"
            + " / 86400000000 / 90))";

    @Override
    public Map<Long, Demand> demand(Collection<Long> ideaNumbers) {
        Map<Long, Demand> demand = new HashMap<>();
        if (ideaNumbers.isEmpty()) {
            return demand;
        }
        String in = ideaNumbers.stream().map(n -> Long.toString(n)).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.idea_number, s.segment, COUNT(*), SUM(s.members),"
                + " SUM(s.value), MAX(s.last_vote) FROM (" + accountsOfSupporters("v.idea_number IN (" + in + ")")
                + ") s GROUP BY s.idea_number, s.segment").getResultList();
        Map<Long, List<Demand.SegmentDemand>> segments = new HashMap<>();
        Map<Long, Instant> last = new HashMap<>();
        for (Object[] r : rows) {
            long idea = ((Number) r[0]).longValue();
            segments.computeIfAbsent(idea, k -> new ArrayList<>()).add(new Demand.SegmentDemand((String) r[1],
                    ((Number) r[3]).longValue(), ((Number) r[2]).longValue(), decimal(r[4])));
            Instant at = instant(r[5]);
            last.merge(idea, at, (a, b) -> a.isAfter(b) ? a : b);
        }
        segments.forEach((idea, list) -> demand.put(idea, Demand.of(list, last.get(idea))));
        return demand;
    }

    @Override
    public Map<Long, RiceEstimate> rice(Collection<Long> ideaNumbers) {
        Map<Long, RiceEstimate> rice = new HashMap<>();
        if (ideaNumbers.isEmpty()) {
            return rice;
        }
        String in = ideaNumbers.stream().map(n -> Long.toString(n)).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.idea_number, r.reach, r.impact, r.confidence, r.effort,"
                + " r.set_by, m.display_name, r.set_at FROM idea_rice r JOIN member m ON m.id = r.set_by"
                + " WHERE r.idea_number IN (" + in + ")").getResultList();
        for (Object[] r : rows) {
            long idea = ((Number) r[0]).longValue();
            rice.put(idea, new RiceEstimate(idea, new Rice(((Number) r[1]).longValue(), decimal(r[2]).doubleValue(),
                    decimal(r[3]).doubleValue(), decimal(r[4]).doubleValue()), ((Number) r[5]).longValue(),
                    (String) r[6], instant(r[7])));
        }
        return rice;
    }

    @Override
    public void saveRice(long ideaNumber, Rice rice, long setBy, Instant at) {
        em.createNativeQuery("INSERT INTO idea_rice (idea_number, reach, impact, confidence, effort, set_by, set_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE reach = VALUES(reach),"
                        + " impact = VALUES(impact), confidence = VALUES(confidence), effort = VALUES(effort),"
                        + " set_by = VALUES(set_by), set_at = VALUES(set_at)")
                .setParameter(1, ideaNumber).setParameter(2, rice.reach())
                .setParameter(3, BigDecimal.valueOf(rice.impact())).setParameter(4, BigDecimal.valueOf(rice.confidence()))
                .setParameter(5, BigDecimal.valueOf(rice.effort())).setParameter(6, setBy)
                .setParameter(7, Timestamp.from(at)).executeUpdate();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return ((java.util.Date) value).toInstant();
    }
}
