package org.idealoop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The vote scenario's bookkeeping. It hands out member×idea pairs that have no vote yet (read from the
 * database, never the same pair twice, members taken in turn so that consecutive votes hit different ideas),
 * records every vote the server acknowledged (2xx), and afterwards checks by SQL that each acknowledged vote is
 * there exactly once and that the ideas' counters equal their rows.
 */
final class VoteLedger implements Iterator<Map<String, Object>> {

    private static final int PER_MEMBER = 20;

    private final BenchTarget target;
    private final Queue<Map<String, Object>> ready = new ArrayDeque<>();
    private final Set<Long> issued = new HashSet<>();
    private final Queue<long[]> acknowledged = new ConcurrentLinkedQueue<>();
    private final Random random = new Random(7);
    private final long votesBefore;
    private final long upCountersBefore;
    private int nextMember;

    VoteLedger(BenchTarget target) throws SQLException {
        this.target = target;
        try (Connection db = target.connect()) {
            votesBefore = BenchTarget.single(db, "SELECT COUNT(*) FROM vote");
            upCountersBefore = BenchTarget.single(db, "SELECT COALESCE(SUM(up_votes + down_votes), 0) FROM idea");
        }
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public synchronized Map<String, Object> next() {
        int tries = 0;
        while (ready.isEmpty()) {
            if (++tries > 3) {
                throw new IllegalStateException("No member×idea pair without a vote is left: generate more ideas or "
                        + "members");
            }
            refill();
        }
        return ready.poll();
    }

    /** The next 100 members (in turn), each with up to 20 ideas it has not voted for, from a random start. */
    private void refill() {
        List<Long> members = target.memberIndexes;
        String sql = "SELECT number FROM idea i WHERE i.number BETWEEN ? AND ? AND i.locked = FALSE"
                + " AND i.hidden_at IS NULL AND i.held_at IS NULL AND i.merged_into IS NULL"
                + " AND i.status IN ('new', 'under_review', 'planned', 'in_progress')"
                + " AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.idea_number = i.number AND v.member_id = ?)"
                + " ORDER BY i.number LIMIT " + PER_MEMBER;
        List<List<Map<String, Object>>> perMember = new ArrayList<>();
        try (Connection db = target.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            for (int n = 0; n < 100; n++) {
                long index = members.get(nextMember);
                nextMember = (nextMember + 1) % members.size();
                long member = CommunityPlan.BASE + index;
                long start = target.firstIdea + (long) (random.nextDouble() * (target.lastIdea - target.firstIdea));
                List<Map<String, Object>> mine = new ArrayList<>();
                for (long[] range : new long[][] {{start, target.lastIdea}, {target.firstIdea, start - 1}}) {
                    s.setLong(1, range[0]);
                    s.setLong(2, range[1]);
                    s.setLong(3, member);
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next() && mine.size() < PER_MEMBER) {
                            long idea = rows.getLong(1);
                            if (issued.add(idea * 1_000_003L ^ member)) { // never the same pair twice
                                mine.add(Map.of("voteIdea", idea, "voteMember", member,
                                        "voteToken", CommunityPlan.token(target.secret, index)));
                            }
                        }
                    }
                    if (mine.size() >= PER_MEMBER) {
                        break;
                    }
                }
                perMember.add(mine);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read vote pairs from " + target.settings.dbUrl() + ": " + e, e);
        }
        for (int k = 0; k < PER_MEMBER; k++) { // interleaved: member 1's first, member 2's first, ...
            for (List<Map<String, Object>> mine : perMember) {
                if (k < mine.size()) {
                    ready.add(mine.get(k));
                }
            }
        }
    }

    void acknowledge(long idea, long member) {
        acknowledged.add(new long[] {idea, member});
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** What the database says about the acknowledged votes; written to {@code file} as properties. */
    Result check(Path file) throws SQLException, IOException {
        List<long[]> acks = new ArrayList<>(acknowledged);
        long found = 0;
        long wrongCounters = 0;
        TreeSet<Long> ideas = new TreeSet<>();
        acks.forEach(a -> ideas.add(a[0]));
        try (Connection db = target.connect()) {
            for (int from = 0; from < acks.size(); from += 500) {
                List<long[]> chunk = acks.subList(from, Math.min(acks.size(), from + 500));
                String pairs = String.join(", ", chunk.stream().map(a -> "(" + a[0] + ", " + a[1] + ")").toList());
                found += BenchTarget.single(db, "SELECT COUNT(*) FROM vote WHERE (idea_number, member_id) IN ("
                        + pairs + ")");
            }
            List<Long> touched = new ArrayList<>(ideas);
            for (int from = 0; from < touched.size(); from += 500) {
                String numbers = String.join(", ", touched.subList(from, Math.min(touched.size(), from + 500)).stream()
                        .map(String::valueOf).toList());
                wrongCounters += BenchTarget.single(db, "SELECT COUNT(*) FROM idea i WHERE i.number IN (" + numbers
                        + ") AND (i.up_votes <> (SELECT COUNT(*) FROM vote v WHERE v.idea_number = i.number AND"
                        + " v.direction = 'up') OR i.down_votes <> (SELECT COUNT(*) FROM vote v WHERE"
                        + " v.idea_number = i.number AND v.direction = 'down') OR i.score <> i.up_votes - i.down_votes)");
            }
            long rowsAdded = BenchTarget.single(db, "SELECT COUNT(*) FROM vote") - votesBefore;
            long countersAdded = BenchTarget.single(db, "SELECT COALESCE(SUM(up_votes + down_votes), 0) FROM idea")
                    - upCountersBefore;
            Result result = new Result(acks.size(), acks.size() - found, countersAdded - rowsAdded, wrongCounters,
                    rowsAdded - found);
            Files.createDirectories(file.getParent());
            Files.writeString(file, result.properties());
            Files.write(file.resolveSibling("acknowledged-votes.csv"), acks.stream().map(a -> a[0] + "," + a[1]).toList());
            return result;
        }
    }

    /**
     * lost: acknowledged but not in the table; doubled: counted in the ideas' totals more often than there are
     * rows; unacknowledged: stored although the client saw no 2xx (a timeout), which is neither.
     */
    record Result(long acknowledged, long lost, long doubled, long ideasWithWrongCounters, long unacknowledged) {

        boolean exactlyOnce() {
            return lost == 0 && doubled == 0 && ideasWithWrongCounters == 0;
        }

        String properties() {
            return String.format(Locale.ROOT, "acknowledged=%d%nlost=%d%ndoubled=%d%nideasWithWrongCounters=%d%n"
                    + "unacknowledged=%d%n", acknowledged, lost, doubled, ideasWithWrongCounters, unacknowledged);
        }
    }
}
