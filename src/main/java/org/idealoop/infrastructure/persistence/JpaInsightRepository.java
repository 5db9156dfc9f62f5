package org.idealoop.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.idealoop.domain.insight.InsightRepository;
import org.idealoop.domain.product.Product;
import org.idealoop.domain.rating.RatingSummary;
import org.idealoop.domain.story.Story;

@ApplicationScoped
public class JpaInsightRepository implements InsightRepository {

    /** Rows fetched per round trip while streaming an export (the driver streams; memory stays flat). */
    static final int FETCH_SIZE = 1_000;

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Resource(lookup = IdealoopDataSource.JNDI_NAME)
    DataSource dataSource;

    private static final String PRODUCT = "SELECT p.id, p.slug, p.name, p.team_id, t.slug FROM product p"
            + " JOIN product_team t ON t.id = p.team_id";

    @Override
    public List<Product> products() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PRODUCT + " ORDER BY p.name").getResultList();
        return rows.stream().map(JpaInsightRepository::product).toList();
    }

    @Override
    public Optional<Product> product(String slug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PRODUCT + " WHERE p.slug = ?").setParameter(1, slug).getResultList();
        return rows.stream().findFirst().map(JpaInsightRepository::product);
    }

    private static Product product(Object[] r) {
        return new Product(number(r[0]), (String) r[1], (String) r[2], number(r[3]), (String) r[4]);
    }

    @Override
    public Product addProduct(String slug, String name, long teamId, Instant at) {
        em.createNativeQuery("INSERT INTO product (slug, name, team_id, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, slug).setParameter(2, name).setParameter(3, teamId).setParameter(4, Timestamp.from(at))
                .executeUpdate();
        return product(slug).orElseThrow();
    }

    private static final String PRODUCT_USE = "SELECT p.id, p.slug, p.name, p.team_id, t.slug, t.name,"
            + " (SELECT COUNT(*) FROM rating r WHERE r.product_id = p.id),"
            + " (SELECT COUNT(*) FROM story s WHERE s.product_id = p.id)"
            + " FROM product p JOIN product_team t ON t.id = p.team_id";

    @Override
    public List<ProductUse> productUses(String text, int offset, int limit) {
        jakarta.persistence.Query query;
        if (text == null || text.isBlank()) {
            query = em.createNativeQuery(PRODUCT_USE + " ORDER BY p.name, p.id LIMIT ? OFFSET ?")
                    .setParameter(1, limit).setParameter(2, offset);
        } else {
            String like = Like.containing(text.strip());
            query = em.createNativeQuery(PRODUCT_USE + " WHERE p.name LIKE ? OR p.slug LIKE ? ORDER BY p.name, p.id"
                            + " LIMIT ? OFFSET ?")
                    .setParameter(1, like).setParameter(2, like).setParameter(3, limit).setParameter(4, offset);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(JpaInsightRepository::productUse).toList();
    }

    @Override
    public Optional<ProductUse> lockProduct(String slug) {
        // lock first: the counts below then see every rating and story committed before the lock
        List<?> ids = em.createNativeQuery("SELECT id FROM product WHERE slug = ? FOR UPDATE").setParameter(1, slug)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PRODUCT_USE + " WHERE p.id = ?").setParameter(1, ids.get(0))
                .getResultList();
        return rows.stream().findFirst().map(JpaInsightRepository::productUse);
    }

    private static ProductUse productUse(Object[] r) {
        return new ProductUse(product(r), (String) r[5], number(r[6]), number(r[7]));
    }

    @Override
    public void changeProduct(long productId, String name, long teamId) {
        em.createNativeQuery("UPDATE product SET name = ?, team_id = ? WHERE id = ?")
                .setParameter(1, name).setParameter(2, teamId).setParameter(3, productId).executeUpdate();
    }

    @Override
    public void deleteProduct(long productId) {
        em.createNativeQuery("DELETE FROM product WHERE id = ?").setParameter(1, productId).executeUpdate();
    }

    @Override
    public long rate(long productId, long memberId, int csat, int nps, String comment, Instant at) {
        em.createNativeQuery("INSERT INTO rating (product_id, member_id, csat, nps, comment, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, productId).setParameter(2, memberId).setParameter(3, csat).setParameter(4, nps)
                .setParameter(5, comment).setParameter(6, Timestamp.from(at)).executeUpdate();
        long id = number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
        em.createNativeQuery("INSERT INTO rating_current (product_id, member_id, rating_id) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE rating_id = VALUES(rating_id)")
                .setParameter(1, productId).setParameter(2, memberId).setParameter(3, id).executeUpdate();
        return id;
    }

    @Override
    public RatingSummary summary(long productId) {
        long[] csat = new long[5];
        long[] nps = new long[11];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.csat, r.nps, COUNT(*) FROM rating_current c"
                        + " JOIN rating r ON r.id = c.rating_id WHERE c.product_id = ? GROUP BY r.csat, r.nps")
                .setParameter(1, productId).getResultList();
        for (Object[] r : rows) {
            long count = number(r[2]);
            csat[(int) number(r[0]) - 1] += count;
            nps[(int) number(r[1])] += count;
        }
        return RatingSummary.of(csat, nps);
    }

    @Override
    public List<Rating> currentRatingsOf(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.slug, r.csat, r.nps, r.comment, r.created_at FROM rating_current c"
                        + " JOIN rating r ON r.id = c.rating_id JOIN product p ON p.id = c.product_id"
                        + " WHERE c.member_id = ? ORDER BY p.slug")
                .setParameter(1, memberId).getResultList();
        return rows.stream().map(JpaInsightRepository::rating).toList();
    }

    @Override
    public List<Rating> historyOf(long memberId, long productId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.slug, r.csat, r.nps, r.comment, r.created_at FROM rating r"
                        + " JOIN product p ON p.id = r.product_id WHERE r.member_id = ? AND r.product_id = ? ORDER BY r.id")
                .setParameter(1, memberId).setParameter(2, productId).getResultList();
        return rows.stream().map(JpaInsightRepository::rating).toList();
    }

    private static Rating rating(Object[] r) {
        return new Rating((String) r[0], (int) number(r[1]), (int) number(r[2]), (String) r[3],
                ((Timestamp) r[4]).toInstant());
    }

    @Override
    public long addStory(long productId, long authorId, String kind, String title, String body, Integer stars, Instant at) {
        em.createNativeQuery("INSERT INTO story (product_id, author_id, kind, title, body, stars, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, productId).setParameter(2, authorId).setParameter(3, kind).setParameter(4, title)
                .setParameter(5, body).setParameter(6, stars).setParameter(7, Timestamp.from(at)).executeUpdate();
        return number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
    }

    private static final String STORY = "SELECT s.id, s.product_id, p.slug, s.author_id, m.display_name, s.kind, s.title,"
            + " s.body, s.stars, s.me_too, s.answer, s.answered_at, s.hidden_at IS NOT NULL, s.created_at,"
            + " (SELECT GROUP_CONCAT(l.idea_number ORDER BY l.idea_number) FROM story_link l WHERE l.story_id = s.id)"
            + " FROM story s JOIN product p ON p.id = s.product_id JOIN member m ON m.id = s.author_id";

    @Override
    public Optional<Story> story(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(STORY + " WHERE s.id = ?").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(JpaInsightRepository::story);
    }

    @Override
    public List<Story> stories(Optional<Long> productId, Optional<String> kind, int limit) {
        StringBuilder sql = new StringBuilder(STORY + " WHERE s.hidden_at IS NULL");
        productId.ifPresent(p -> sql.append(" AND s.product_id = ").append(p.longValue()));
        kind.ifPresent(k -> sql.append(" AND s.kind = ?"));
        sql.append(" ORDER BY s.created_at DESC, s.id DESC LIMIT ").append(limit);
        var query = em.createNativeQuery(sql.toString());
        kind.ifPresent(k -> query.setParameter(1, k));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(JpaInsightRepository::story).toList();
    }

    private static Story story(Object[] r) {
        List<Long> links = r[14] == null ? List.of()
                : Arrays.stream(r[14].toString().split(",")).map(Long::parseLong).toList();
        return new Story(number(r[0]), number(r[1]), (String) r[2], number(r[3]), (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], r[8] == null ? null : (int) number(r[8]), (int) number(r[9]),
                Optional.ofNullable((String) r[10]), Optional.ofNullable((Timestamp) r[11]).map(Timestamp::toInstant),
                links, r[12] instanceof Boolean b ? b : number(r[12]) != 0, ((Timestamp) r[13]).toInstant());
    }

    @Override
    public int meToo(long storyId, long memberId, Instant at) {
        int added = em.createNativeQuery("INSERT IGNORE INTO story_me_too (story_id, member_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, storyId).setParameter(2, memberId).setParameter(3, Timestamp.from(at)).executeUpdate();
        if (added > 0) {
            em.createNativeQuery("UPDATE story SET me_too = me_too + 1 WHERE id = ?").setParameter(1, storyId).executeUpdate();
        }
        return (int) number(em.createNativeQuery("SELECT me_too FROM story WHERE id = ?").setParameter(1, storyId)
                .getSingleResult());
    }

    @Override
    public boolean link(long storyId, long ideaNumber, long by, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO story_link (story_id, idea_number, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, storyId).setParameter(2, ideaNumber).setParameter(3, by).setParameter(4, Timestamp.from(at))
                .executeUpdate() > 0;
    }

    @Override
    public void answer(long storyId, String answer, long by, Instant at) {
        em.createNativeQuery("UPDATE story SET answer = ?, answered_by = ?, answered_at = ?, version = version + 1 WHERE id = ?")
                .setParameter(1, answer).setParameter(2, by).setParameter(3, Timestamp.from(at)).setParameter(4, storyId)
                .executeUpdate();
    }

    @Override
    public long addStoryComment(long storyId, long authorId, String body, boolean official, Instant at) {
        em.createNativeQuery("INSERT INTO story_comment (story_id, author_id, body, official, created_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, storyId).setParameter(2, authorId).setParameter(3, body).setParameter(4, official)
                .setParameter(5, Timestamp.from(at)).executeUpdate();
        return number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
    }

    @Override
    public List<StoryComment> storyComments(long storyId) {
        return rows("SELECT c.id, m.display_name, c.body, c.official, c.created_at FROM story_comment c"
                + " JOIN member m ON m.id = c.author_id WHERE c.story_id = ? AND c.hidden_at IS NULL ORDER BY c.id", storyId)
                .stream().map(r -> new StoryComment(number(r[0]), (String) r[1], (String) r[2],
                        r[3] instanceof Boolean b ? b : number(r[3]) != 0, ((Timestamp) r[4]).toInstant())).toList();
    }

    @Override
    public void exportIdeas(long teamId, Writer out) throws IOException {
        // Demand and priority as the priority service computes them (docs/ranking.md), in the same statement.
        String demand = "SELECT s.idea_number, COUNT(*) AS accounts, SUM(s.value) AS value, MAX(s.last_vote) AS last_vote"
                + " FROM (" + JpaPriorityRepository.accountsOfSupporters("v.idea_number IN (SELECT t.number FROM idea t"
                + " WHERE t.team_id = " + teamId + ")") + ") s GROUP BY s.idea_number";
        stream("SELECT i.number, i.title, i.status, i.score, i.up_votes, i.down_votes, i.up_votes + i.down_votes,"
                        + " i.follower_count, i.created_at, i.status_changed_at, COALESCE(d.accounts, 0),"
                        + " COALESCE(d.value, 0), r.reach, r.impact, r.confidence, r.effort, ROUND("
                        + JpaPriorityRepository.PRIORITY + ", 4) FROM idea i LEFT JOIN (" + demand + ") d"
                        + " ON d.idea_number = i.number LEFT JOIN idea_rice r ON r.idea_number = i.number"
                        + " WHERE i.team_id = ? AND i.hidden_at IS NULL ORDER BY i.number", teamId, out,
                "number", "title", "status", "score", "ups", "downs", "distinct voters", "followers", "created",
                "last status change", "distinct_accounts", "account_value", "reach", "impact", "confidence", "effort",
                "priority");
    }

    @Override
    public void exportRatings(long productId, Writer out) throws IOException {
        stream("SELECT r.id, r.member_id, r.csat, r.nps, r.comment, r.created_at,"
                        + " IF(EXISTS (SELECT 1 FROM rating_current c WHERE c.rating_id = r.id), 'yes', 'no')"
                        + " FROM rating r WHERE r.product_id = ? ORDER BY r.id", productId, out,
                "rating", "member", "csat", "nps", "comment", "created", "current");
    }

    @Override
    public org.idealoop.domain.insight.Dashboard dashboard(Optional<Long> teamId, Instant from, Instant to) {
        String team = teamId.map(id -> " AND i.team_id = " + id.longValue()).orElse("");
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        java.util.Map<String, Long> byStatus = new java.util.LinkedHashMap<>();
        for (Object[] r : rows("SELECT i.status, COUNT(*) FROM idea i WHERE i.hidden_at IS NULL" + team
                + " GROUP BY i.status ORDER BY i.status")) {
            byStatus.put((String) r[0], number(r[1]));
        }
        List<java.time.LocalDate> weeks = new ArrayList<>();
        java.time.LocalDate monday = from.atZone(java.time.ZoneOffset.UTC).toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        for (java.time.LocalDate w = monday; w.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).isBefore(to)
                && weeks.size() < 260; w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        String week = "DATE(%s - INTERVAL WEEKDAY(%s) DAY)";
        java.util.Map<String, Long> ideasPerWeek = weekly(rows("SELECT " + week.formatted("i.created_at", "i.created_at")
                + ", COUNT(*) FROM idea i WHERE i.hidden_at IS NULL AND i.created_at >= ? AND i.created_at < ?" + team
                + " GROUP BY 1", start, end));
        java.util.Map<String, Long> votesPerWeek = weekly(rows("SELECT " + week.formatted("v.created_at", "v.created_at")
                + ", COUNT(*) FROM vote v JOIN idea i ON i.number = v.idea_number WHERE v.created_at >= ? AND v.created_at < ?"
                + team + " GROUP BY 1", start, end));
        java.util.Map<String, java.util.Map<String, Long>> moves = new java.util.TreeMap<>();
        for (Object[] r : rows("SELECT e.to_value, " + week.formatted("e.created_at", "e.created_at") + ", COUNT(*)"
                + " FROM idea_event e JOIN idea i ON i.number = e.idea_number WHERE e.kind = 'status'"
                + " AND e.created_at >= ? AND e.created_at < ? AND i.hidden_at IS NULL" + team + " GROUP BY 1, 2", start, end)) {
            moves.computeIfAbsent((String) r[0], k -> new java.util.HashMap<>()).put(r[1].toString(), number(r[2]));
        }
        java.util.Map<String, List<Long>> movesPerWeek = new java.util.LinkedHashMap<>();
        moves.forEach((status, perWeek) -> movesPerWeek.put(status,
                weeks.stream().map(w -> perWeek.getOrDefault(w.toString(), 0L)).toList()));
        String productTeam = teamId.map(id -> " AND p.team_id = " + id.longValue()).orElse("");
        java.util.Map<String, Integer> npsPerWeek = new java.util.HashMap<>();
        for (Object[] r : rows("SELECT " + week.formatted("r.created_at", "r.created_at") + ", SUM(r.nps >= 9),"
                + " SUM(r.nps <= 6), COUNT(*) FROM rating r JOIN product p ON p.id = r.product_id"
                + " WHERE r.created_at >= ? AND r.created_at < ?" + productTeam + " GROUP BY 1", start, end)) {
            long all = number(r[3]);
            npsPerWeek.put(r[0].toString(), (int) Math.round(100.0 * (number(r[1]) - number(r[2])) / all));
        }
        long[] csat = new long[5];
        long[] nps = new long[11];
        for (Object[] r : rows("SELECT r.csat, r.nps, COUNT(*) FROM rating_current c JOIN rating r ON r.id = c.rating_id"
                + " JOIN product p ON p.id = c.product_id WHERE 1 = 1" + productTeam + " GROUP BY r.csat, r.nps")) {
            csat[(int) number(r[0]) - 1] += number(r[2]);
            nps[(int) number(r[1])] += number(r[2]);
        }
        List<Double> hours = new ArrayList<>();
        long due = 0;
        long inTime = 0;
        Instant now = Instant.now();
        for (Object[] r : rows("SELECT TIMESTAMPDIFF(SECOND, i.created_at, i.first_response_at), i.created_at,"
                + " COALESCE(t.sla_hours, 72) FROM idea i LEFT JOIN product_team t ON t.id = i.team_id"
                + " WHERE i.hidden_at IS NULL AND i.created_at >= ? AND i.created_at < ?" + team, start, end)) {
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
        java.util.Collections.sort(hours);
        List<org.idealoop.domain.insight.Dashboard.IdeaLine> top = lines(rows("SELECT i.number, i.title, i.status, i.score"
                + " FROM idea i WHERE i.hidden_at IS NULL" + team + " ORDER BY i.score DESC, i.number DESC LIMIT 5"));
        List<org.idealoop.domain.insight.Dashboard.IdeaLine> trending = lines(rows("SELECT i.number, i.title, i.status,"
                + " i.score FROM idea i WHERE i.hidden_at IS NULL" + team + " ORDER BY i.trending DESC, i.number DESC LIMIT 5"));
        List<org.idealoop.domain.insight.Dashboard.Outcome> outcomes = rows("SELECT i.number, i.title, i.outcome_yes,"
                + " i.outcome_no FROM idea i WHERE i.hidden_at IS NULL AND i.status = 'delivered'" + team
                + " ORDER BY i.status_changed_at DESC LIMIT 10").stream()
                .map(r -> new org.idealoop.domain.insight.Dashboard.Outcome(number(r[0]), (String) r[1], (int) number(r[2]),
                        (int) number(r[3]))).toList();
        List<org.idealoop.domain.insight.Dashboard.Breadth> breadth = rows("SELECT i.number, i.title,"
                + " COUNT(DISTINCT a.member_id), COUNT(*) FROM idea i JOIN ("
                + " SELECT idea_number, member_id FROM vote WHERE created_at >= ? AND created_at < ?"
                + " UNION ALL SELECT idea_number, author_id FROM comment WHERE created_at >= ? AND created_at < ?) a"
                + " ON a.idea_number = i.number WHERE i.hidden_at IS NULL" + team
                + " GROUP BY i.number, i.title ORDER BY COUNT(*) DESC, i.number DESC LIMIT 10", start, end, start, end)
                .stream().map(r -> new org.idealoop.domain.insight.Dashboard.Breadth(number(r[0]), (String) r[1],
                        number(r[2]), number(r[3]))).toList();
        return new org.idealoop.domain.insight.Dashboard(byStatus, movesPerWeek, weeks.stream().map(Object::toString).toList(),
                weeks.stream().map(w -> ideasPerWeek.getOrDefault(w.toString(), 0L)).toList(),
                weeks.stream().map(w -> votesPerWeek.getOrDefault(w.toString(), 0L)).toList(),
                weeks.stream().map(w -> npsPerWeek.get(w.toString())).toList(), RatingSummary.of(csat, nps),
                org.idealoop.domain.insight.Dashboard.percentile(hours, 50),
                org.idealoop.domain.insight.Dashboard.percentile(hours, 90),
                due == 0 ? null : (int) Math.round(100.0 * inTime / due), top, trending, outcomes, breadth);
    }

    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static java.util.Map<String, Long> weekly(List<Object[]> rows) {
        java.util.Map<String, Long> byWeek = new java.util.HashMap<>();
        rows.forEach(r -> byWeek.put(r[0].toString(), number(r[1])));
        return byWeek;
    }

    private static List<org.idealoop.domain.insight.Dashboard.IdeaLine> lines(List<Object[]> rows) {
        return rows.stream().map(r -> new org.idealoop.domain.insight.Dashboard.IdeaLine(number(r[0]), (String) r[1],
                (String) r[2], (int) number(r[3]))).toList();
    }

    private void stream(String sql, long parameter, Writer out, String... header) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                     ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                // Not closed here: closing the printer would close the caller's stream. Every text cell is
                // quoted, and text a spreadsheet would run as a formula is neutralised (CsvCell).
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header)
                        .setQuoteMode(QuoteMode.NON_NUMERIC).get());
                int columns = header.length;
                List<Object> row = new ArrayList<>(columns);
                while (rows.next()) {
                    row.clear();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rows.getObject(i);
                        row.add(value instanceof Timestamp ts ? ts.toInstant().toString() : CsvCell.safe(value));
                    }
                    csv.printRecord(row);
                }
                csv.flush();
            }
        } catch (SQLException e) {
            throw new IOException("Export failed", e);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
