package org.idealoop.infrastructure.persistence;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Counts the JDBC statements each marked request runs on its own thread, for the statement-budget tests
 * (docs/performance.md, "Statements per request"). Only with {@code idealoop.debug.statement-counts} on (the integration
 * tests; never in production): the datasources are then wrapped ({@link CountingJdbc}), and each executed
 * statement is added to the tally bound to the current thread. A JDBC batch counts as one statement
 * (one round trip). A statement runs "in" a transaction when a JTA transaction is active on the thread.
 */
public final class StatementCounts {

    private static final Logger LOG = Logger.getLogger(StatementCounts.class.getName());
    private static final Duration KEPT = Duration.ofMinutes(2);
    private static final int MAX_SQL_KEPT = 200;
    private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();
    private static final Map<String, Tally> BY_TOKEN = new ConcurrentHashMap<>();
    private static volatile Boolean enabled;
    private static volatile TransactionSynchronizationRegistry transactions;

    private StatementCounts() {
    }

    /** Whether counting is on: read once from MicroProfile Config. */
    public static boolean enabled() {
        Boolean on = enabled;
        if (on == null) {
            on = ConfigProvider.getConfig().getOptionalValue(IdealoopConfig.DEBUG_STATEMENT_COUNTS, Boolean.class)
                    .orElse(false);
            enabled = on;
            if (on) {
                LOG.warning(() -> IdealoopConfig.DEBUG_STATEMENT_COUNTS + " is on: JDBC statements are counted per"
                        + " marked request (for tests; leave it off in production)");
            }
        }
        return on;
    }

    /** The datasource, counting its statements when counting is on; else the datasource itself. */
    public static DataSource counting(DataSource dataSource) {
        if (!enabled() || dataSource == null || CountingJdbc.isWrapped(dataSource)) {
            return dataSource;
        }
        return CountingJdbc.wrap(dataSource, StatementCounts::ran);
    }

    /** Starts counting the statements of this thread's request under the token (counting must be on). */
    public static void start(String token) {
        Instant now = Instant.now();
        BY_TOKEN.values().removeIf(old -> old.started.isBefore(now.minus(KEPT)));
        Tally tally = new Tally(now);
        BY_TOKEN.put(token, tally);
        CURRENT.set(tally);
    }

    /** Ends this thread's request: its tally is complete. */
    public static void finish() {
        Tally tally = CURRENT.get();
        CURRENT.remove();
        if (tally != null) {
            tally.done.countDown();
        }
    }

    /** The tally recorded under the token, once its request has finished (waiting a little for it); removed. */
    public static Optional<Tally> take(String token, Duration wait) throws InterruptedException {
        Tally tally = BY_TOKEN.get(token);
        if (tally == null || !tally.done.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        BY_TOKEN.remove(token);
        return Optional.of(tally);
    }

    private static Object transactionKey() {
        try {
            TransactionSynchronizationRegistry registry = transactions;
            if (registry == null) {
                registry = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
                transactions = registry;
            }
            return registry.getTransactionKey();
        } catch (NamingException | RuntimeException e) {
            return null;
        }
    }

    /** What one request ran. */
    public static final class Tally {
        private final Instant started;
        private final CountDownLatch done = new CountDownLatch(1);
        private final Set<Object> transactionKeys = new LinkedHashSet<>();
        private final List<String> sql = new ArrayList<>();
        private int statements;
        private int outsideTransaction;

        Tally(Instant started) {
            this.started = started;
        }

        synchronized void record(String statement, Object transactionKey) {
            statements++;
            if (transactionKey == null) {
                outsideTransaction++;
            } else {
                transactionKeys.add(transactionKey);
            }
            if (sql.size() < MAX_SQL_KEPT) {
                sql.add((transactionKey == null ? "-  " : "T" + indexOf(transactionKey) + " ") + statement);
            }
        }

        private int indexOf(Object key) {
            return new ArrayList<>(transactionKeys).indexOf(key) + 1;
        }

        public synchronized int statements() {
            return statements;
        }

        /** Distinct JTA transactions the statements ran in. */
        public synchronized int transactions() {
            return transactionKeys.size();
        }

        public synchronized int outsideTransaction() {
            return outsideTransaction;
        }

        /** The statements in order, each prefixed by its transaction ("T1", "T2" ...) or "-" for none. */
        public synchronized List<String> sql() {
            return List.copyOf(sql);
        }
    }

    private static void ran(String sql) {
        Tally tally = CURRENT.get();
        if (tally != null) {
            tally.record(sql, transactionKey());
        }
    }
}
