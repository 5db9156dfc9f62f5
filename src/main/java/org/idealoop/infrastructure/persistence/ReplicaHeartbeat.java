package org.idealoop.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every two seconds, when a replica is configured: the time written on the primary, then read back on the replica
 * ({@link ReplicaReads#measureLag()}), which tells how far behind the replica is. Every instance writes the same
 * row, so the replica's copy is never older than two seconds while replication runs.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplicaHeartbeat {

    private static final Logger LOG = Logger.getLogger(ReplicaHeartbeat.class.getName());

    @Inject
    ReplicaReads replicas;

    @Resource(lookup = IdealoopDataSource.JNDI_NAME)
    DataSource primary;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void beat() {
        if (!replicas.configured()) {
            return;
        }
        try (Connection connection = primary.getConnection();
             PreparedStatement write = connection.prepareStatement("INSERT INTO replica_heartbeat (id, beat)"
                     + " VALUES (1, NOW(6)) ON DUPLICATE KEY UPDATE beat = NOW(6)")) {
            write.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "the replica heartbeat was not written", e);
        }
        replicas.measureLag();
    }
}
