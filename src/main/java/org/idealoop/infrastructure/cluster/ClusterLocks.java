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
import javax.sql.DataSource;
import org.idealoop.infrastructure.persistence.IdealoopDataSource;

/**
 * A lock across every instance that shares the database, for the few steps that must not run twice at once
 * (making the first search index: two instances would each make one and point the alias at both). MariaDB's
 * named locks ({@code GET_LOCK}) belong to one connection, which is held for the work and then released; an
 * instance that dies holding one loses it with its connection.
 */
@ApplicationScoped
public class ClusterLocks {

    @Resource(lookup = IdealoopDataSource.JNDI_NAME)
    DataSource dataSource;

    /** Work that may throw an I/O error, done while holding a lock. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} holding the lock {@code name}, waiting at most {@code wait} for it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> T holding(String name, Duration wait, Work<T> work) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            String lock = "idealoop:" + name;
            try (PreparedStatement get = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                get.setString(1, lock);
                get.setLong(2, Math.max(0, wait.toSeconds()));
                try (ResultSet taken = get.executeQuery()) {
                    if (!taken.next() || taken.getInt(1) != 1) {
                        throw new IOException("another instance held the lock " + name + " for more than "
                                + wait.toSeconds() + " s");
                    }
                }
            }
            try {
                return work.run();
            } finally {
                try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    release.setString(1, lock);
                    release.executeQuery().close();
                }
            }
        } catch (SQLException e) {
            throw new IOException("the lock " + name + " could not be taken: " + e.getMessage(), e);
        }
    }
}
