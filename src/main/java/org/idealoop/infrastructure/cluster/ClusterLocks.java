package org.idealoop.infrastructure.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.idealoop.infrastructure.persistence.IdealoopDataSource;

/**
 * A lock across every instance that shares the database, for the few steps that must not run twice at once
 * (making the first search index: two instances would each make one and point the alias at both; a search index
 * rebuild). The lock is a row of {@code cluster_lock}, held by a transaction of its own ({@code SELECT ... FOR
 * UPDATE WAIT n}) for as long as the work runs, then released by ending that transaction. An instance that dies
 * holding one loses it with its connection. A row lock rather than MariaDB's {@code GET_LOCK}: that one belongs to
 * the server, not the database (two installs on one server would share it), and a Galera node refuses it.
 */
@ApplicationScoped
public class ClusterLocks {

    private static final Logger LOG = Logger.getLogger(ClusterLocks.class.getName());

    /** MariaDB's "Lock wait timeout exceeded", also the answer to NOWAIT when the row is held. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    @Resource(lookup = IdealoopDataSource.JNDI_NAME)
    DataSource dataSource;

    /** Work that may throw an I/O error, done while holding a lock. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    /** The lock is held by another instance (it waited {@code wait} for it in vain). */
    public static final class HeldElsewhere extends IOException {
        HeldElsewhere(String name, Duration wait) {
            super("another instance holds the lock " + name + " (waited " + wait.toMillis() + " ms)");
        }
    }

    /**
     * Runs {@code work} holding the lock {@code name}, waiting at most {@code wait} (whole seconds; zero: not at all);
     * {@link HeldElsewhere} when another instance kept it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> T holding(String name, Duration wait, Work<T> work) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                connection.setAutoCommit(true);
                try (PreparedStatement add = connection.prepareStatement(
                        "INSERT IGNORE INTO cluster_lock (name) VALUES (?)")) {
                    add.setString(1, name);
                    add.executeUpdate();
                }
                connection.setAutoCommit(false);
                long seconds = (wait.toMillis() + 999) / 1000;
                try (PreparedStatement take = connection.prepareStatement("SELECT name FROM cluster_lock WHERE name = ?"
                        + (seconds == 0 ? " FOR UPDATE NOWAIT" : " FOR UPDATE WAIT " + seconds))) {
                    take.setString(1, name);
                    take.executeQuery().close();
                } catch (SQLException refused) {
                    if (refused.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                        throw new HeldElsewhere(name, wait);
                    }
                    throw refused;
                }
                return work.run();
            } finally {
                release(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("the lock " + name + " could not be taken: " + e.getMessage(), e);
        }
    }

    /** Ends the lock's transaction; a failure here is logged, never put in place of the work's own outcome. */
    private static void release(Connection connection, boolean autoCommit) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Ending a cluster lock's transaction failed; the pool drops the connection", e);
        }
    }
}
