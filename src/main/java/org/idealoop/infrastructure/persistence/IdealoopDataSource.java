package org.idealoop.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own datasource, configured through MicroProfile Config
 * ({@code idealoop.db.url}, or the environment variable {@code IDEALOOP_DB_URL}, and so on).
 */
@DataSourceDefinition(
        name = IdealoopDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=idealoop.db.url}",
        user = "${MPCONFIG=idealoop.db.user}",
        password = "${MPCONFIG=idealoop.db.password}",
        // Read committed: no gap locks, so claiming outbox rows never blocks the inserts of new ones.
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {IdealoopDataSource.VALIDATE, IdealoopDataSource.VALIDATE_HOW, IdealoopDataSource.VALIDATE_WITH,
            IdealoopDataSource.FAIL_ALL})
@DataSourceDefinition(
        name = IdealoopDataSource.REPLICA_JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=idealoop.db.replica-url}",
        user = "${MPCONFIG=idealoop.db.user}",
        password = "${MPCONFIG=idealoop.db.password}",
        // Never part of a JTA transaction: lag-tolerant reads only (ReplicaReads), outside the caller's transaction.
        transactional = false,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 0,
        maxPoolSize = 32,
        properties = {IdealoopDataSource.VALIDATE, IdealoopDataSource.VALIDATE_HOW, IdealoopDataSource.VALIDATE_WITH,
            IdealoopDataSource.FAIL_ALL})
@ApplicationScoped
public class IdealoopDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/idealoop";
    // Payara's pool checks a connection before handing it out, and drops all of them when one is found broken
    // (a restarted database): shared by both pools.
    static final String VALIDATE = "fish.payara.is-connection-validation-required=true";
    static final String VALIDATE_HOW = "fish.payara.connection-validation-method=custom-validation";
    static final String VALIDATE_WITH =
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation";
    static final String FAIL_ALL = "fish.payara.fail-all-connections=true";

    /** The replica for reads that tolerate lag ({@code idealoop.db.replica-url}; by default the primary). */
    public static final String REPLICA_JNDI_NAME = "java:app/jdbc/idealoopReplica";
}
