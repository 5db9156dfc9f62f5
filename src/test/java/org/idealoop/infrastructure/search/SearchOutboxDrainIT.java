package org.idealoop.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.idealoop.embedded.EmbeddedMariaDb;
import org.idealoop.embedded.EmbeddedServices;
import org.idealoop.infrastructure.persistence.OutboxRows;
import org.junit.jupiter.api.Test;

/**
 * Three drains side by side, as three instances run them, on the real schema of the embedded MariaDB: each claims
 * with {@link SearchIndexer#CLAIM} and deletes what it claimed with {@link OutboxRows}, while writers keep adding
 * rows. With one {@code DELETE ... WHERE id IN (...)} this found hundreds of deadlocks in a few seconds (the
 * small table is scanned, and the scan waits for rows another drain claimed); now there must be none, and every
 * row must be drained exactly once.
 */
class SearchOutboxDrainIT {

    private static final int ROWS = 6_000;

    @Test
    void drainsSideBySideNeverDeadlockAndTakeEachRowOnce() throws Exception {
        EmbeddedMariaDb db = EmbeddedServices.mariaDb();
        String database = "idealoop_drain_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        String root = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
        execute(root, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = root + database;
        try {
            Flyway.configure().dataSource(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
                    .locations("classpath:db/migration").load().migrate();
            AtomicInteger written = new AtomicInteger();
            AtomicInteger deadlocks = new AtomicInteger();
            ConcurrentLinkedQueue<Long> drained = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(start(failures, () -> write(url, written)));
            }
            List<Thread> drains = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                drains.add(start(failures, () -> drain(url, writers, drained, deadlocks)));
            }
            for (Thread thread : writers) {
                thread.join();
            }
            for (Thread thread : drains) {
                thread.join();
            }
            assertEquals(List.of(), List.copyOf(failures));
            assertEquals(0, deadlocks.get(), "deadlocks between the drains");
            assertEquals(written.get(), drained.size(), "each row drained once");
            assertEquals(written.get(), drained.stream().distinct().count(), "no row drained twice");
            assertEquals(0, count(url, "SELECT COUNT(*) FROM search_outbox"));
            assertTrue(written.get() >= ROWS);
        } finally {
            execute(root, "DROP DATABASE " + database);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Thread start(ConcurrentLinkedQueue<Throwable> failures, Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        thread.start();
        return thread;
    }

    /** Adds rows one transaction at a time, as votes and comments do, until ROWS are written between the writers. */
    private static void write(String url, AtomicInteger written) throws Exception {
        try (Connection connection = connect(url); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_outbox (document_type, document_id, created_at, next_attempt_at) VALUES ('idea', ?, ?, ?)")) {
            while (written.getAndIncrement() < ROWS) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setLong(1, ThreadLocalRandom.current().nextLong(1, 1_000));
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.executeUpdate();
                connection.commit();
            }
            written.decrementAndGet();
        }
    }

    /** Claims, pauses as the bulk write to the index would, deletes; until the writers are done and nothing is left. */
    private static void drain(String url, List<Thread> writers, ConcurrentLinkedQueue<Long> drained,
                              AtomicInteger deadlocks) throws Exception {
        try (Connection connection = connect(url); PreparedStatement claim = connection.prepareStatement(SearchIndexer.CLAIM)) {
            while (true) {
                boolean writing = writers.stream().anyMatch(Thread::isAlive);
                List<Long> claimed = new ArrayList<>();
                try {
                    claim.setTimestamp(1, Timestamp.from(Instant.now().plusSeconds(1)));
                    try (ResultSet rows = claim.executeQuery()) {
                        while (rows.next()) {
                            claimed.add(rows.getLong(1));
                        }
                    }
                    Thread.sleep(5);
                    OutboxRows.deleteClaimed(connection, "search_outbox", claimed);
                    connection.commit();
                    drained.addAll(claimed);
                } catch (SQLException e) {
                    connection.rollback();
                    if (e.getErrorCode() != 1213) {
                        throw e;
                    }
                    deadlocks.incrementAndGet();
                    continue;
                }
                if (claimed.isEmpty()) {
                    if (!writing && count(url, "SELECT COUNT(*) FROM search_outbox") == 0) {
                        return;
                    }
                    Thread.sleep(20);
                }
            }
        }
    }

    private static Connection connect(String url) throws SQLException {
        Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED); // as the application's pools
        connection.setAutoCommit(false);
        return connection;
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(String root, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(root, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
