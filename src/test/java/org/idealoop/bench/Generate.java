package org.idealoop.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idealoop.application.Secrets;
import org.idealoop.domain.idea.Ranking;

/**
 * Loads a realistic community into Idealoop's database by bulk SQL, then has the running application rebuild
 * its search index ({@code POST /api/v1/admin/search/reindex}, which reads MariaDB in batches and writes
 * Elasticsearch through the bulk API). Idempotent and resumable: every row has a key computed from its index
 * ({@link CommunityPlan}), rows are written with {@code INSERT IGNORE} in committed batches, and each table
 * resumes after its highest generated key. At the end the idea counters are checked against the rows (and
 * repaired where a run with other sizes left them different).
 *
 * <pre>mvn -Pgenerate -Dmembers=2000 -Dideas=10000 -Dvotes=100000 -Dcomments=20000 -Dstories=500 -Dratings=2000</pre>
 */
public final class Generate {

    static final int ROWS_PER_STATEMENT = 1_000;
    static final int IDEAS_PER_CHECK = 20_000;
    static final String[] OPEN_STATUSES = {"new", "new", "new", "new", "new", "new", "new", "under_review",
        "under_review", "planned", "in_progress"};
    static final String[] KINDS = {"praise", "problem", "question"};

    private final BenchSettings settings;
    private final CommunityPlan plan;
    private final CommunitySize size;
    private final PrintStream out;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final Map<String, Double> rowsPerSecond = new LinkedHashMap<>();
    private final List<long[]> categories = new ArrayList<>(); // {category id, team id}
    private final List<Long> products = new ArrayList<>();
    private long repaired;

    public Generate(BenchSettings settings, CommunitySize size, PrintStream out) {
        this.settings = settings;
        this.size = size;
        this.out = out;
        this.plan = new CommunityPlan(size, settings.secret());
    }

    public static void main(String[] args) throws Exception {
        CommunitySize size = CommunitySize.parse(System::getProperty); // refuses nonsense before touching anything
        new Generate(BenchSettings.fromSystem(), size, System.out).run();
    }

    /** What one run did: rows per second of each table, counters repaired, search documents per second. */
    public record Outcome(Map<String, Double> rowsPerSecond, long countersRepaired, double seconds) {
    }

    public Outcome run() throws SQLException, IOException, InterruptedException {
        long started = System.nanoTime();
        out.println("Generating " + size + " into " + settings.dbUrl());
        try (Connection db = connect()) {
            requireSchema(db);
            referenceData(db);
            if (ratingsTooMany()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "ratings (%,d) cannot exceed members × "
                        + "products (%,d × %d): a member has one current rating per product", size.ratings(),
                        size.members(), products.size()));
            }
            members(db);
            ideas(db);
            votes(db);
            comments(db);
            stories(db);
            ratings(db);
            checkCounters(db);
        }
        if (!"false".equals(settings.get("bench.index", "true"))) {
            reindex();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "Done in %.1f s. Rows per second: %s; idea counters repaired: %d%n", seconds,
                rowsPerSecond.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %,.0f", e.getKey(),
                        e.getValue())).toList(), repaired);
        return new Outcome(Map.copyOf(rowsPerSecond), repaired, seconds);
    }

    Connection connect() throws SQLException {
        try {
            Connection db = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
            try (Statement s = db.createStatement()) {
                // Bulk load: the generated keys are consistent by construction and checked at the end.
                s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            }
            db.setAutoCommit(false);
            return db;
        } catch (SQLException e) {
            throw new SQLException("Cannot reach MariaDB at " + settings.dbUrl() + " (start the embedded run with "
                    + "mvn -Pstart, or set idealoop.db.url, idealoop.db.user and idealoop.db.password): "
                    + e.getMessage(), e);
        }
    }

    private void requireSchema(Connection db) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(db.getCatalog(), null, "rating_current", null)) {
            if (!tables.next()) {
                throw new IllegalStateException("No Idealoop schema in " + settings.dbUrl()
                        + ": start Idealoop once against it (its migrations create the tables), then generate.");
            }
        }
    }

    private boolean ratingsTooMany() {
        return size.ratings() > size.members() * products.size();
    }

    /** The existing teams' categories and products; a bench team with one of each where there are none. */
    private void referenceData(Connection db) throws SQLException {
        Timestamp t = Timestamp.from(now);
        readReferenceData(db);
        if (categories.isEmpty() || products.isEmpty()) {
            update(db, "INSERT IGNORE INTO product_team (slug, name, created_at) VALUES ('bench-team', 'Bench team', ?)", t);
            long team = BenchTarget.single(db, "SELECT id FROM product_team WHERE slug = 'bench-team'");
            update(db, "INSERT IGNORE INTO category (slug, name, team_id, created_at) VALUES ('bench-category', "
                    + "'Bench category', ?, ?)", team, t);
            update(db, "INSERT IGNORE INTO product (slug, name, team_id, created_at) VALUES ('bench-product', "
                    + "'Bench product', ?, ?)", team, t);
            db.commit();
            readReferenceData(db);
        }
    }

    private void readReferenceData(Connection db) throws SQLException {
        categories.clear();
        products.clear();
        try (Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("SELECT id, team_id FROM category ORDER BY id")) {
            while (rows.next()) {
                categories.add(new long[] {rows.getLong(1), rows.getLong(2)});
            }
        }
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("SELECT id FROM product ORDER BY id")) {
            while (rows.next()) {
                products.add(rows.getLong(1));
            }
        }
    }

    /** Where a table's generated rows stopped: the index after its highest generated key, 0 if none. */
    private long resumeAt(Connection db, String table, String key, long firstKey, long count) throws SQLException {
        long max = BenchTarget.single(db, "SELECT COALESCE(MAX(" + key + "), 0) FROM " + table + " WHERE " + key
                + " >= ? AND " + key + " < ?", firstKey, firstKey + count);
        return max == 0 ? 0 : Math.max(0, max - firstKey - ROWS_PER_STATEMENT); // redo the last batch: IGNOREd
    }

    private void members(Connection db) throws SQLException {
        long total = size.members() + 1; // index 0: the benchmark's admin
        long from = resumeAt(db, "member", "id", CommunityPlan.BASE, total);
        Progress progress = new Progress(out, "members", from, total);
        Timestamp t = Timestamp.from(now.minus(Duration.ofDays(800)));
        try (BulkInsert member = new BulkInsert(db, "INSERT IGNORE INTO member (id, email, display_name, "
                + "email_verified_at, created_at, email_notifications)", "", 6, ROWS_PER_STATEMENT);
             BulkInsert role = new BulkInsert(db, "INSERT IGNORE INTO member_role (member_id, role)", "", 2,
                     ROWS_PER_STATEMENT);
             BulkInsert token = new BulkInsert(db, "INSERT INTO member_token (id, member_id, purpose, token_hash, "
                     + "name, created_at)", "ON DUPLICATE KEY UPDATE token_hash = VALUES(token_hash)", 6,
                     ROWS_PER_STATEMENT)) {
            for (long i = from; i < total; i++) {
                long id = plan.memberId(i);
                member.add(id, CommunityPlan.email(i), CommunityPlan.displayName(i), t, t, "never");
                role.add(id, "MEMBER");
                if (i == 0) {
                    role.add(id, "ADMIN");
                }
                token.add(id, id, "PERSONAL", Secrets.hash(plan.token(i)), "bench", t);
                commitAt(i + 1, total, db, progress, member, role, token);
            }
        }
        rowsPerSecond.put("members", progress.finish(total));
    }

    /** Every {@value #ROWS_PER_STATEMENT} rows, and after the last: write what is buffered and commit it. */
    private static void commitAt(long next, long total, Connection db, Progress progress, BulkInsert... inserts)
            throws SQLException {
        if (next % ROWS_PER_STATEMENT == 0 || next == total) {
            for (BulkInsert insert : inserts) {
                insert.flush();
            }
            db.commit();
            progress.show(next, false);
        }
    }

    Instant ideaCreatedAt(long index) {
        long span = Duration.ofDays(730).toMillis();
        return now.minusMillis(span).plusMillis((long) ((index + 0.5) * span / Math.max(1, size.ideas())))
                .truncatedTo(ChronoUnit.MICROS);
    }

    private void ideas(Connection db) throws SQLException {
        long total = size.ideas();
        long from = resumeAt(db, "idea", "number", plan.ideaNumber(0), total);
        Progress progress = new Progress(out, "ideas", from, total);
        try (BulkInsert idea = new BulkInsert(db, "INSERT IGNORE INTO idea (number, title, body, created_at, author_id,"
                + " team_id, category_id, status, up_votes, down_votes, score, comment_count, distinct_commenters,"
                + " wilson, hot, last_activity_at, version)", "", 17, ROWS_PER_STATEMENT)) {
            for (int i = Math.toIntExact(from); i < total; i++) {
                int ups = 0;
                int votes = plan.votesOf(i);
                for (int k = 0; k < votes; k++) {
                    ups += CommunityPlan.voteIsDown(i, k) ? 0 : 1;
                }
                int downs = votes - ups;
                int commenters = plan.distinctCommenters(i);
                Instant created = ideaCreatedAt(i);
                long[] category = categories.get(CommunityPlan.pick(CommunityPlan.mix(i, 13), categories.size()));
                idea.add(plan.ideaNumber(i), CommunityPlan.title(i), CommunityPlan.body(i), Timestamp.from(created),
                        plan.author(i, 14), category[1], category[0],
                        OPEN_STATUSES[CommunityPlan.pick(CommunityPlan.mix(i, 15), OPEN_STATUSES.length)],
                        ups, downs, ups - downs, plan.commentsOf(i), commenters, Ranking.wilson(ups, downs),
                        Ranking.hot(ups - downs, commenters, created), Timestamp.from(created), 1);
                commitAt(i + 1, total, db, progress, idea);
            }
        }
        rowsPerSecond.put("ideas", progress.finish(total));
    }

    private Timestamp between(Instant from, long hash) {
        long span = Math.max(1, Duration.between(from, now).toMillis());
        return Timestamp.from(from.plusMillis(Math.floorMod(hash, span)).truncatedTo(ChronoUnit.MICROS));
    }

    private void votes(Connection db) throws SQLException {
        long lastIdea = BenchTarget.single(db, "SELECT COALESCE(MAX(idea_number), 0) FROM vote WHERE idea_number >= ?"
                + " AND idea_number < ?", plan.ideaNumber(0), plan.ideaNumber(size.ideas()));
        int fromIdea = lastIdea == 0 ? 0 : Math.toIntExact(lastIdea - plan.ideaNumber(0)); // redo that idea: IGNOREd
        long done = 0;
        for (int i = 0; i < fromIdea; i++) {
            done += plan.votesOf(i);
        }
        Progress progress = new Progress(out, "votes", done, size.votes());
        try (BulkInsert vote = new BulkInsert(db, "INSERT IGNORE INTO vote (idea_number, member_id, direction, "
                + "created_at, updated_at)", "", 5, 2 * ROWS_PER_STATEMENT)) {
            long pending = 0;
            for (int i = fromIdea; i < size.ideas(); i++) {
                Instant created = ideaCreatedAt(i);
                for (int k = 0; k < plan.votesOf(i); k++) {
                    Timestamp at = between(created, CommunityPlan.mix(i, k + 40L));
                    vote.add(plan.ideaNumber(i), plan.voter(i, k), CommunityPlan.voteIsDown(i, k) ? "down" : "up", at, at);
                    done++;
                    if (++pending == 10_000) {
                        vote.flush();
                        db.commit();
                        pending = 0;
                        progress.show(done, false);
                    }
                }
            }
            vote.flush();
            db.commit();
        }
        rowsPerSecond.put("votes", progress.finish(done));
    }

    private void comments(Connection db) throws SQLException {
        long total = size.comments();
        long from = resumeAt(db, "comment", "id", CommunityPlan.BASE + 1, total);
        Progress progress = new Progress(out, "comments", from, total);
        try (BulkInsert comment = new BulkInsert(db, "INSERT IGNORE INTO comment (id, idea_number, parent_id, depth, "
                + "author_id, body, created_at)", "", 7, ROWS_PER_STATEMENT)) {
            int idea = from < total ? plan.ideaOfComment(from) : 0;
            for (long c = from; c < total; c++) {
                while (c >= plan.firstCommentOf(idea) + plan.commentsOf(idea)) {
                    idea++;
                }
                int j = Math.toIntExact(c - plan.firstCommentOf(idea));
                boolean reply = CommunityPlan.isReply(j);
                long id = plan.commentId(idea, j);
                comment.add(id, plan.ideaNumber(idea), reply ? id - 1 : null, reply ? 1 : 0, plan.commentAuthor(idea, j),
                        "Comment " + (j + 1) + " on this idea. " + CommunityPlan.body(c + 7),
                        between(ideaCreatedAt(idea), CommunityPlan.mix(c, 41)));
                commitAt(c + 1, total, db, progress, comment);
            }
        }
        rowsPerSecond.put("comments", progress.finish(total));
    }

    private void stories(Connection db) throws SQLException {
        long total = size.stories();
        long from = resumeAt(db, "story", "id", CommunityPlan.BASE + 1, total);
        Progress progress = new Progress(out, "stories", from, total);
        try (BulkInsert story = new BulkInsert(db, "INSERT IGNORE INTO story (id, product_id, author_id, kind, title, "
                + "body, stars, created_at)", "", 8, ROWS_PER_STATEMENT)) {
            for (long s = from; s < total; s++) {
                long h = CommunityPlan.mix(s, 51);
                String kind = KINDS[CommunityPlan.pick(h, KINDS.length)];
                story.add(CommunityPlan.BASE + 1 + s, products.get(CommunityPlan.pick(h >>> 8, products.size())),
                        plan.author(s, 52), kind, "Our " + kind + " about " + CommunityPlan.title(s + 3),
                        CommunityPlan.body(s + 5), "praise".equals(kind) ? 4 + CommunityPlan.pick(h >>> 16, 2) : null,
                        between(now.minus(Duration.ofDays(365)), h));
                commitAt(s + 1, total, db, progress, story);
            }
        }
        rowsPerSecond.put("stories", progress.finish(total));
    }

    /** Rating r is member {@code r mod members} on product {@code r / members}: one current rating per pair. */
    private void ratings(Connection db) throws SQLException {
        long total = size.ratings();
        long from = resumeAt(db, "rating", "id", CommunityPlan.BASE + 1, total);
        Progress progress = new Progress(out, "ratings", from, total);
        try (BulkInsert rating = new BulkInsert(db, "INSERT IGNORE INTO rating (id, product_id, member_id, csat, nps, "
                + "created_at)", "", 6, ROWS_PER_STATEMENT);
             BulkInsert current = new BulkInsert(db, "INSERT IGNORE INTO rating_current (product_id, member_id, "
                     + "rating_id)", "", 3, ROWS_PER_STATEMENT)) {
            for (long r = from; r < total; r++) {
                long h = CommunityPlan.mix(r, 61);
                long member = plan.memberId(1 + r % size.members());
                long product = products.get(Math.toIntExact(r / size.members()));
                long id = CommunityPlan.BASE + 1 + r;
                rating.add(id, product, member, 1 + CommunityPlan.pick(h, 5), CommunityPlan.pick(h >>> 8, 11),
                        between(now.minus(Duration.ofDays(365)), h));
                current.add(product, member, id);
                commitAt(r + 1, total, db, progress, rating, current);
            }
        }
        rowsPerSecond.put("ratings", progress.finish(total));
    }

    /**
     * Every generated idea's counters against its rows (votes up and down, score, comments, distinct
     * commenters), a range at a time; where they differ (a run with other sizes wrote the idea), they are
     * recounted and re-ranked. Then trending, by the application's own formula.
     */
    private void checkCounters(Connection db) throws SQLException {
        Progress progress = new Progress(out, "counters", 0, size.ideas());
        String mismatched = "SELECT i.number, COALESCE(v.ups, 0), COALESCE(v.downs, 0), COALESCE(c.n, 0),"
                + " COALESCE(c.authors, 0), i.created_at FROM idea i"
                + " LEFT JOIN (SELECT idea_number, SUM(direction = 'up') ups, SUM(direction = 'down') downs FROM vote"
                + "   WHERE idea_number BETWEEN ? AND ? GROUP BY idea_number) v ON v.idea_number = i.number"
                + " LEFT JOIN (SELECT idea_number, COUNT(*) n, COUNT(DISTINCT author_id) authors FROM comment"
                + "   WHERE idea_number BETWEEN ? AND ? GROUP BY idea_number) c ON c.idea_number = i.number"
                + " WHERE i.number BETWEEN ? AND ? AND (i.up_votes <> COALESCE(v.ups, 0)"
                + "   OR i.down_votes <> COALESCE(v.downs, 0) OR i.score <> COALESCE(v.ups, 0) - COALESCE(v.downs, 0)"
                + "   OR i.comment_count <> COALESCE(c.n, 0) OR i.distinct_commenters <> COALESCE(c.authors, 0))";
        String trending = "UPDATE idea i LEFT JOIN (SELECT idea_number, SUM(created_at >= ?) AS recent,"
                + " SUM(created_at < ?) AS earlier FROM vote WHERE idea_number BETWEEN ? AND ? GROUP BY idea_number) v"
                + " ON v.idea_number = i.number SET i.trending = COALESCE(v.recent, 0) / (1 + COALESCE(v.earlier, 0)"
                + " / GREATEST(1, TIMESTAMPDIFF(DAY, i.created_at, ?) / 7 - 1)) WHERE i.number BETWEEN ? AND ?";
        Timestamp t = Timestamp.from(now);
        Timestamp weekAgo = Timestamp.from(now.minus(Duration.ofDays(7)));
        try (PreparedStatement find = db.prepareStatement(mismatched);
             PreparedStatement fix = db.prepareStatement("UPDATE idea SET up_votes = ?, down_votes = ?, score = ?,"
                     + " comment_count = ?, distinct_commenters = ?, wilson = ?, hot = ? WHERE number = ?");
             PreparedStatement trend = db.prepareStatement(trending)) {
            for (long from = 0; from < size.ideas(); from += IDEAS_PER_CHECK) {
                long lo = plan.ideaNumber(from);
                long hi = plan.ideaNumber(Math.min(size.ideas(), from + IDEAS_PER_CHECK) - 1);
                for (int p = 0; p < 3; p++) {
                    find.setLong(2 * p + 1, lo);
                    find.setLong(2 * p + 2, hi);
                }
                try (ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        int ups = rows.getInt(2);
                        int downs = rows.getInt(3);
                        int authors = rows.getInt(5);
                        fix.setInt(1, ups);
                        fix.setInt(2, downs);
                        fix.setInt(3, ups - downs);
                        fix.setInt(4, rows.getInt(4));
                        fix.setInt(5, authors);
                        fix.setDouble(6, Ranking.wilson(ups, downs));
                        fix.setDouble(7, Ranking.hot(ups - downs, authors, rows.getTimestamp(6).toInstant()));
                        fix.setLong(8, rows.getLong(1));
                        fix.addBatch();
                        repaired++;
                    }
                }
                fix.executeBatch();
                trend.setTimestamp(1, weekAgo);
                trend.setTimestamp(2, weekAgo);
                trend.setLong(3, lo);
                trend.setLong(4, hi);
                trend.setTimestamp(5, t);
                trend.setLong(6, lo);
                trend.setLong(7, hi);
                trend.executeUpdate();
                db.commit();
                progress.show(Math.min(size.ideas(), from + IDEAS_PER_CHECK), false);
            }
        }
        rowsPerSecond.put("counters", progress.finish(size.ideas()));
    }

    /** Asks the running application to rebuild the search index from MariaDB, and follows its progress. */
    private void reindex() throws IOException, InterruptedException {
        String url = settings.appUrl() + "/api/v1/admin/search/reindex";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + plan.token(0)).header("Accept", "application/json");
        HttpResponse<String> started;
        try {
            started = http.send(request.copy().POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IllegalStateException("The database part is complete, but Idealoop does not answer at "
                    + settings.appUrl() + " to rebuild the search index: start it (mvn -Pstart), or set bench.url; "
                    + "-Dbench.index=false skips the index.", e);
        }
        if (started.statusCode() != 202 && started.statusCode() != 409) {
            throw new IllegalStateException("Rebuilding the search index was refused (HTTP " + started.statusCode()
                    + "): " + started.body());
        }
        long begun = System.nanoTime();
        Progress progress = null;
        long shownTotal = -1;
        while (true) {
            String body = http.send(request.copy().GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            String state = text(body, "state");
            long total = number(body, "total");
            long done = number(body, "done");
            if (progress == null || total != shownTotal) {
                progress = new Progress(out, "search", 0, total);
                shownTotal = total;
            }
            progress.show(done, false);
            if ("done".equals(state)) {
                progress.finish(done);
                rowsPerSecond.put("search", done / Math.max(1e-3, (System.nanoTime() - begun) / 1e9));
                return;
            }
            if (!"running".equals(state)) {
                throw new IllegalStateException("The search index rebuild ended " + state + ": " + body);
            }
            Thread.sleep(500);
        }
    }

    static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?[0-9]+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
