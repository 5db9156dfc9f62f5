package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Reads that tolerate a little lag (a visitor's idea lists, the feeds, the dashboards) go to the MariaDB replica
 * named by {@code idealoop.db.replica-url}; everything else, and every write, to the primary. A read the replica
 * cannot answer (stopped, unreachable) is answered by the primary, and the replica is left alone for
 * {@value #REST_SECONDS} seconds before it is tried again. Without a replica of its own (the setting's default is
 * the primary's URL) every read goes to the primary as before.
 * <p>
 * The replica has its own persistence unit ({@code idealoop-replica}, resource-local on a non-transactional
 * pool): its connections never join the caller's transaction, so a lag-tolerant read inside a transaction does not
 * make it span two databases.
 */
@ApplicationScoped
public class ReplicaReads {

    private static final Logger LOG = Logger.getLogger(ReplicaReads.class.getName());

    static final int REST_SECONDS = 10;

    @PersistenceUnit(unitName = "idealoop-replica")
    EntityManagerFactory replica;

    @Inject
    @ConfigProperty(name = IdealoopConfig.DB_URL)
    String primaryUrl;

    @Inject
    @ConfigProperty(name = IdealoopConfig.DB_REPLICA_URL)
    String replicaUrl;

    private volatile long restUntilMillis;

    /** Whether a replica of its own is configured. */
    public boolean configured() {
        return replicaUrl != null && !replicaUrl.isBlank() && !replicaUrl.trim().equals(primaryUrl.trim());
    }

    /** Whether the next lag-tolerant read goes to the replica (configured, and not resting after a failure). */
    public boolean inUse() {
        return configured() && System.currentTimeMillis() >= restUntilMillis;
    }

    /** Runs a read on the replica when there is one that answers, else on {@code primary}. */
    public <T> T read(EntityManager primary, Function<EntityManager, T> reading) {
        if (!inUse()) {
            return reading.apply(primary);
        }
        EntityManager em = null;
        try {
            em = replica.createEntityManager();
            return reading.apply(em);
        } catch (PersistenceException | IllegalStateException failed) {
            boolean wasUp = restUntilMillis <= System.currentTimeMillis();
            restUntilMillis = System.currentTimeMillis() + REST_SECONDS * 1000L;
            if (wasUp) {
                LOG.log(Level.WARNING, "The database replica did not answer; reads go to the primary for "
                        + REST_SECONDS + " s", failed);
            }
            return reading.apply(primary);
        } finally {
            if (em != null) {
                try {
                    em.close();
                } catch (RuntimeException closing) {
                    LOG.log(Level.FINE, "closing a replica read", closing);
                }
            }
        }
    }
}
