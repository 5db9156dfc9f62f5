package org.idealoop.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Deletes outbox rows this transaction claimed with {@code FOR UPDATE SKIP LOCKED}, one primary key per
 * statement, sent as one JDBC batch.
 * <p>
 * One {@code DELETE ... WHERE id IN (...)} looked natural, but on a small table MariaDB plans it as a full scan
 * (cheaper by its estimate), and a scanning DELETE waits for every row it passes, including the rows another
 * instance has just claimed. Two instances draining side by side then each wait for the other's claim: a deadlock,
 * about four per {@code ClusterIT} run with three instances. A lookup by primary key touches only its own row.
 */
public final class OutboxRows {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private OutboxRows() {
    }

    /** In the caller's transaction, on its connection; the table is a constant of the caller. */
    public static void deleteClaimed(EntityManager em, String table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            deleteClaimed(em.unwrap(Connection.class), table, ids);
        } catch (SQLException e) {
            throw new PersistenceException("Deleting " + ids.size() + " rows of " + table + " failed", e);
        }
    }

    public static void deleteClaimed(Connection connection, String table, Collection<Long> ids) throws SQLException {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            for (Long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }
}
