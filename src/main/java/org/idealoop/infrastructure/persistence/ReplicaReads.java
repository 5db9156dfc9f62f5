package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Reads that tolerate a little lag (a visitor's idea lists, the feeds, the dashboards) go to the MariaDB replica
 * named by {@code idealoop.db.replica-url}; everything else, and every write, to the primary. A read the replica
 * cannot answer (stopped, unreachable) is answered by the primary, and the replica is left alone for
 * {@value #REST_SECONDS} seconds before it is tried again. A replica more than {@value #MAX_LAG_SECONDS} seconds
 * behind the primary (replication stopped or slow), or whose lag is not known yet, is not read either: every two
 * seconds {@link ReplicaHeartbeat} writes the time on the primary and reads back here how old the replica's copy
 * is. Without a replica of its own (the setting's default is the primary's URL) every read goes to the primary as
 * before.
 * <p>
 * The replica has its own persistence unit ({@code idealoop-replica} in {@code META-INF/replica-persistence.xml},
 * resource-local on a non-transactional pool): its connections never join the caller's transaction, so a
 * lag-tolerant read inside a transaction does not make it span two databases. It is opened here at the first read,
 * not by Payara at deployment, which connects to each unit's database and fails the deployment when one does not
 * answer: an instance starts while the replica is down. A unit that failed to open is opened again after the rest.
 */
@ApplicationScoped
public class ReplicaReads {

    private static final Logger LOG = Logger.getLogger(ReplicaReads.class.getName());

    static final int REST_SECONDS = 10;
    static final int MAX_LAG_SECONDS = 6;

    private volatile EntityManagerFactory replica;

    @Inject
    @ConfigProperty(name = IdealoopConfig.DB_URL)
    String primaryUrl;

    @Inject
    @ConfigProperty(name = IdealoopConfig.DB_REPLICA_URL)
    String replicaUrl;

    private volatile long restUntilMillis;
    /** Until the first heartbeat is read back, the lag is not known: read the primary. */
    private volatile boolean lagging = true;

    private boolean configured;

    @jakarta.annotation.PostConstruct
    void readSettings() {
        // Decided once: every visitor's list asks.
        configured = replicaUrl != null && !replicaUrl.isBlank() && !replicaUrl.trim().equals(primaryUrl.trim());
    }

    /** Whether a replica of its own is configured. */
    public boolean configured() {
        return configured;
    }

    /** Whether the next lag-tolerant read goes to the replica (configured, and not resting after a failure). */
    public boolean inUse() {
        return configured() && !lagging && System.currentTimeMillis() >= restUntilMillis;
    }

    /** Reads back the primary's last heartbeat on the replica: too old, or missing, and reads stay on the primary. */
    void measureLag() {
        if (!configured()) {
            return;
        }
        EntityManager em = null;
        Long micros;
        try {
            em = factory().createEntityManager();
            List<?> ages = em.createNativeQuery("SELECT TIMESTAMPDIFF(MICROSECOND, beat, NOW(6)) FROM replica_heartbeat"
                    + " WHERE id = 1").getResultList();
            micros = ages.isEmpty() || ages.get(0) == null ? null : ((Number) ages.get(0)).longValue();
        } catch (PersistenceException | IllegalStateException failed) {
            rest(failed);
            return;
        } finally {
            close(em);
        }
        boolean behind = micros == null || micros > MAX_LAG_SECONDS * 1_000_000L;
        if (behind != lagging) {
            if (behind) {
                LOG.warning(() -> "The database replica is " + (micros == null ? "not yet known to follow the primary"
                        : (micros / 1_000_000) + " s behind the primary") + "; its reads go to the primary");
            } else {
                LOG.info("The database replica follows the primary again; lag-tolerant reads go to it");
            }
        }
        lagging = behind;
    }

    /** Runs a read on the replica when there is one that answers, else on {@code primary}. */
    public <T> T read(EntityManager primary, Function<EntityManager, T> reading) {
        if (!inUse()) {
            return reading.apply(primary);
        }
        EntityManager em = null;
        try {
            em = factory().createEntityManager();
            return reading.apply(em);
        } catch (PersistenceException | IllegalStateException failed) {
            rest(failed);
            return reading.apply(primary);
        } finally {
            close(em);
        }
    }

    /** The replica's unit, opened at the first read (and again after one failed to open). */
    private EntityManagerFactory factory() {
        EntityManagerFactory open = replica;
        if (open == null) {
            synchronized (this) {
                if (replica == null) {
                    replica = openUnit();
                }
                open = replica;
            }
        }
        return open;
    }

    private static EntityManagerFactory openUnit() {
        javax.sql.DataSource pool;
        try {
            pool = javax.naming.InitialContext.doLookup(IdealoopDataSource.REPLICA_JNDI_NAME);
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException("no replica pool " + IdealoopDataSource.REPLICA_JNDI_NAME, e);
        }
        java.util.Map<String, Object> properties = new java.util.HashMap<>();
        properties.put("eclipselink.persistencexml", "META-INF/replica-persistence.xml");
        properties.put("jakarta.persistence.nonJtaDataSource", pool);
        properties.put("eclipselink.classloader", ReplicaReads.class.getClassLoader());
        // Payara wove the entity classes for the application's own unit: this unit must take them as they are.
        properties.put("eclipselink.weaving", woven() ? "static" : "false");
        return Persistence.createEntityManagerFactory("idealoop-replica", properties);
    }

    private static boolean woven() {
        return java.util.Arrays.stream(org.idealoop.domain.idea.Idea.class.getInterfaces())
                .anyMatch(type -> type.getName().equals("org.eclipse.persistence.internal.weaving.PersistenceWeaved"));
    }

    private void rest(RuntimeException failed) {
        synchronized (this) {
            // A unit whose login failed stays failed in EclipseLink: after the rest, a new one is opened.
            if (replica != null) {
                try {
                    replica.close();
                } catch (RuntimeException closing) {
                    LOG.log(Level.FINE, "closing the replica's unit", closing);
                }
                replica = null;
            }
        }
        boolean wasUp = restUntilMillis <= System.currentTimeMillis();
        restUntilMillis = System.currentTimeMillis() + REST_SECONDS * 1000L;
        if (wasUp) {
            LOG.log(Level.WARNING, "The database replica did not answer; reads go to the primary for "
                    + REST_SECONDS + " s", failed);
        }
    }

    private static void close(EntityManager em) {
        if (em != null) {
            try {
                em.close();
            } catch (RuntimeException closing) {
                LOG.log(Level.FINE, "closing a replica read", closing);
            }
        }
    }
}
