package org.idealoop.infrastructure.persistence;

import static org.idealoop.infrastructure.persistence.NativeRows.number;
import static org.idealoop.infrastructure.persistence.NativeRows.rows;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.idealoop.domain.insight.Dashboard;
import org.idealoop.domain.insight.DashboardRepository;
import org.idealoop.domain.moderation.Visibility;
import org.idealoop.domain.rating.RatingSummary;

/**
 * The staff's analytics in SQL: the dashboard and the ideas export. They are not a visitor's view, so they use
 * {@link Visibility#ideaForStaff}: they leave out hidden ideas and count held ones, as they always have.
 */
@ApplicationScoped
public class JpaDashboardRepository implements DashboardRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Resource(lookup = IdealoopDataSource.JNDI_NAME)
    DataSource dataSource;

    @jakarta.inject.Inject
    ReplicaReads replicas;

    @Override
    public void exportIdeas(long teamId, Writer out) throws IOException {
        // Demand and priority as the priority service computes them (docs/ranking.md), in the same statement.
        String demand = "SELECT s.idea_number, COUNT(*) AS accounts, SUM(s.value) AS value, MAX(s.last_vote) AS last_vote"
                + " FROM (" + JpaPriorityRepository.accountsOfSupporters("v.idea_number IN (SELECT t.number FROM idea t"
                + " WHERE t.team_id = " + teamId + ")") + ") s GROUP BY s.idea_number";
        CsvExport.stream(dataSource, "SELECT i.number, i.title, i.status, i.score, i.up_votes, i.down_votes,"
                        + " i.up_votes + i.down_votes, i.follower_count, i.created_at, i.status_changed_at, COALESCE(d.accounts, 0),"
                        + " COALESCE(d.value, 0), r.reach, r.impact, r.confidence, r.effort, ROUND("
                        + JpaPriorityRepository.PRIORITY + ", 4) FROM idea i LEFT JOIN (" + demand + ") d"
                        + " ON d.idea_number = i.number LEFT JOIN idea_rice r ON r.idea_number = i.number"
                        + " WHERE i.team_id = ? AND " + Visibility.ideaForStaff("i") + " ORDER BY i.number", teamId, out,
                "number", "title", "status", "score", "ups", "downs", "distinct voters", "followers", "created",
                "last status change", "distinct_accounts", "account_value", "reach", "impact", "confidence", "effort",
                "priority");
    }

    @Override
    public Dashboard dashboard(Optional<Long> teamId, Instant from, Instant to) {
        // Counts over weeks: a replica a moment behind answers them as well, and spares the primary.
        return replicas.read(em, reader -> dashboard(reader, teamId, from, to));
    }

    private static Dashboard dashboard(EntityManager em, Optional<Long> teamId, Instant from, Instant to) {
        String team = teamId.map(id -> " AND i.team_id = " + id.longValue()).orElse("");
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Object[] r : rows(em, "SELECT i.status, COUNT(*) FROM idea i WHERE " + Visibility.ideaForStaff("i") + team
                + " GROUP BY i.status ORDER BY i.status")) {
            byStatus.put((String) r[0], number(r[1]));
        }
        List<LocalDate> weeks = new ArrayList<>();
        LocalDate monday = from.atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate w = monday; w.atStartOfDay().toInstant(ZoneOffset.UTC).isBefore(to)
                && weeks.size() < 260; w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        String week = "DATE(%s - INTERVAL WEEKDAY(%s) DAY)";
        Map<String, Long> ideasPerWeek = weekly(rows(em, "SELECT " + week.formatted("i.created_at", "i.created_at")
                + ", COUNT(*) FROM idea i WHERE " + Visibility.ideaForStaff("i")
                + " AND i.created_at >= ? AND i.created_at < ?" + team
                + " GROUP BY 1", start, end));
        Map<String, Long> votesPerWeek = weekly(rows(em, "SELECT " + week.formatted("v.created_at", "v.created_at")
                + ", COUNT(*) FROM vote v JOIN idea i ON i.number = v.idea_number WHERE v.created_at >= ? AND v.created_at < ?"
                + team + " GROUP BY 1", start, end));
        Map<String, Map<String, Long>> moves = new TreeMap<>();
        for (Object[] r : rows(em, "SELECT e.to_value, " + week.formatted("e.created_at", "e.created_at") + ", COUNT(*)"
                + " FROM idea_event e JOIN idea i ON i.number = e.idea_number WHERE e.kind = 'status'"
                + " AND e.created_at >= ? AND e.created_at < ? AND " + Visibility.ideaForStaff("i") + team
                + " GROUP BY 1, 2", start, end)) {
            moves.computeIfAbsent((String) r[0], k -> new HashMap<>()).put(r[1].toString(), number(r[2]));
        }
        Map<String, List<Long>> movesPerWeek = new LinkedHashMap<>();
        moves.forEach((status, perWeek) -> movesPerWeek.put(status,
                weeks.stream().map(w -> perWeek.getOrDefault(w.toString(), 0L)).toList()));
        String productTeam = teamId.map(id -> " AND p.team_id = " + id.longValue()).orElse("");
        Map<String, Integer> npsPerWeek = new HashMap<>();
        for (Object[] r : rows(em, "SELECT " + week.formatted("r.created_at", "r.created_at") + ", SUM(r.nps >= 9),"
                + " SUM(r.nps <= 6), COUNT(*) FROM rating r JOIN product p ON p.id = r.product_id"
                + " WHERE r.created_at >= ? AND r.created_at < ?" + productTeam + " GROUP BY 1", start, end)) {
            long all = number(r[3]);
            npsPerWeek.put(r[0].toString(), (int) Math.round(100.0 * (number(r[1]) - number(r[2])) / all));
        }
        long[] csat = new long[5];
        long[] nps = new long[11];
        for (Object[] r : rows(em, "SELECT r.csat, r.nps, COUNT(*) FROM rating_current c JOIN rating r ON r.id = c.rating_id"
                + " JOIN product p ON p.id = c.product_id WHERE 1 = 1" + productTeam + " GROUP BY r.csat, r.nps")) {
            csat[(int) number(r[0]) - 1] += number(r[2]);
            nps[(int) number(r[1])] += number(r[2]);
        }
        List<Double> hours = new ArrayList<>();
        long due = 0;
        long inTime = 0;
        Instant now = Instant.now();
        for (Object[] r : rows(em, "SELECT TIMESTAMPDIFF(SECOND, i.created_at, i.first_response_at), i.created_at,"
                + " COALESCE(t.sla_hours, 72) FROM idea i LEFT JOIN product_team t ON t.id = i.team_id"
                + " WHERE " + Visibility.ideaForStaff("i") + " AND i.created_at >= ? AND i.created_at < ?" + team, start, end)) {
            long slaSeconds = number(r[2]) * 3600;
            boolean answered = r[0] != null;
            if (answered) {
                hours.add(number(r[0]) / 3600.0);
            }
            if (((Timestamp) r[1]).toInstant().plusSeconds(slaSeconds).isBefore(now) || answered) {
                due++;
                if (answered && number(r[0]) <= slaSeconds) {
                    inTime++;
                }
            }
        }
        Collections.sort(hours);
        List<Dashboard.IdeaLine> top = lines(rows(em, "SELECT i.number, i.title, i.status, i.score"
                + " FROM idea i WHERE " + Visibility.ideaForStaff("i") + team + " ORDER BY i.score DESC, i.number DESC LIMIT 5"));
        List<Dashboard.IdeaLine> trending = lines(rows(em, "SELECT i.number, i.title, i.status,"
                + " i.score FROM idea i WHERE " + Visibility.ideaForStaff("i") + team
                + " ORDER BY i.trending DESC, i.number DESC LIMIT 5"));
        List<Dashboard.Outcome> outcomes = rows(em, "SELECT i.number, i.title, i.outcome_yes,"
                + " i.outcome_no FROM idea i WHERE " + Visibility.ideaForStaff("i") + " AND i.status = 'delivered'" + team
                + " ORDER BY i.status_changed_at DESC LIMIT 10").stream()
                .map(r -> new Dashboard.Outcome(number(r[0]), (String) r[1], (int) number(r[2]),
                        (int) number(r[3]))).toList();
        List<Dashboard.Breadth> breadth = rows(em, "SELECT i.number, i.title,"
                + " COUNT(DISTINCT a.member_id), COUNT(*) FROM idea i JOIN ("
                + " SELECT idea_number, member_id FROM vote WHERE created_at >= ? AND created_at < ?"
                + " UNION ALL SELECT idea_number, author_id FROM comment WHERE created_at >= ? AND created_at < ?) a"
                + " ON a.idea_number = i.number WHERE " + Visibility.ideaForStaff("i") + team
                + " GROUP BY i.number, i.title ORDER BY COUNT(*) DESC, i.number DESC LIMIT 10", start, end, start, end)
                .stream().map(r -> new Dashboard.Breadth(number(r[0]), (String) r[1],
                        number(r[2]), number(r[3]))).toList();
        return new Dashboard(byStatus, movesPerWeek, weeks.stream().map(Object::toString).toList(),
                weeks.stream().map(w -> ideasPerWeek.getOrDefault(w.toString(), 0L)).toList(),
                weeks.stream().map(w -> votesPerWeek.getOrDefault(w.toString(), 0L)).toList(),
                weeks.stream().map(w -> npsPerWeek.get(w.toString())).toList(), RatingSummary.of(csat, nps),
                Dashboard.percentile(hours, 50),
                Dashboard.percentile(hours, 90),
                due == 0 ? null : (int) Math.round(100.0 * inTime / due), top, trending, outcomes, breadth);
    }

    private static Map<String, Long> weekly(List<Object[]> rows) {
        Map<String, Long> byWeek = new HashMap<>();
        rows.forEach(r -> byWeek.put(r[0].toString(), number(r[1])));
        return byWeek;
    }

    private static List<Dashboard.IdeaLine> lines(List<Object[]> rows) {
        return rows.stream().map(r -> new Dashboard.IdeaLine(number(r[0]), (String) r[1],
                (String) r[2], (int) number(r[3]))).toList();
    }
}
