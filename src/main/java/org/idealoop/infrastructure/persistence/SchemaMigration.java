package org.idealoop.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** Brings the schema up to date at start-up. Flyway migrations are the only source of the schema. */
@Singleton(name = "SchemaMigration")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = IdealoopDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        requireNotBehind(flyway);
        var result = flyway.migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied)");
    }

    /**
     * Refuses to start a build older than its database: a newer instance has already applied migrations this
     * one does not know (Flyway would ignore them), so this one would write rows the newer schema does not
     * expect. Instances of one install must run one build; roll the new build out to every instance.
     */
    public static void requireNotBehind(Flyway flyway) {
        String unknown = java.util.Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState().name().startsWith("FUTURE"))
                .map(m -> String.valueOf(m.getVersion()))
                .collect(java.util.stream.Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            MigrationInfo[] known = flyway.info().all();
            String newest = java.util.Arrays.stream(known).filter(m -> !m.getState().name().startsWith("FUTURE"))
                    .map(m -> String.valueOf(m.getVersion())).reduce((a, b) -> b).orElse("none");
            throw new IllegalStateException("This Idealoop build is older than its database: the database has schema"
                    + " version(s) " + unknown + " applied by a newer build, and this build knows versions up to "
                    + newest + ". It refuses to start rather than write rows the newer schema does not expect: run"
                    + " the same build on every instance (docs/scaling.md).");
        }
    }
}
