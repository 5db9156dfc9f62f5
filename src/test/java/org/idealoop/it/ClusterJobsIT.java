package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.idealoop.embedded.EmbeddedMariaDb;
import org.idealoop.embedded.EmbeddedServices;
import org.idealoop.infrastructure.cluster.JobLeases;
import org.idealoop.infrastructure.persistence.SchemaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * What several application instances share through MariaDB (issue #19), on a database of its own with the
 * application's migrations: a scheduled job runs once per period however many instances race for it, and a
 * build older than its database refuses to start with a clear message.
 */
class ClusterJobsIT {

    private final String database = "idealoop_cluster_" + Words.unique();
    private String jdbcUrl;
    private Flyway flyway;

    @BeforeEach
    void aDatabaseWithTheSchema() throws Exception {
        String server = "jdbc:mariadb://127.0.0.1:" + EmbeddedServices.mariaDb().port() + "/";
        Crowd.sqlOn(server, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        jdbcUrl = server + database;
        flyway = Flyway.configure().dataSource(jdbcUrl, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
                .locations("classpath:db/migration").load();
        flyway.migrate();
    }

    @AfterEach
    void drop() throws Exception {
        Crowd.sqlOn(jdbcUrl, "DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void threeInstancesRacingForEachPeriodRunTheJobOncePerPeriod() throws Exception {
        List<JobLeases> instances = List.of(leases("a"), leases("b"), leases("c"));
        Instant first = Instant.parse("2026-11-30T07:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int period = 0; period < 5; period++) {
                Instant now = first.plus(Duration.ofMinutes(10L * period)).plusSeconds(period); // timers a little late
                List<Future<Boolean>> claims = new ArrayList<>();
                for (JobLeases instance : instances) {
                    Callable<Boolean> claim = () -> instance.claim("trending", Duration.ofMinutes(10), now);
                    claims.add(pool.submit(claim));
                }
                int winners = 0;
                for (Future<Boolean> claim : claims) {
                    winners += claim.get() ? 1 : 0;
                }
                assertEquals(1, winners, "period " + period + " is run by exactly one instance");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, Crowd.countOn(jdbcUrl, "SELECT runs FROM job_lease WHERE name = 'trending'"));

        JobLeases late = instances.get(0);
        assertFalse(late.claim("trending", Duration.ofMinutes(10), first.plus(Duration.ofMinutes(41))),
                "a timer that fires again in a period already run does not run it again");
        assertFalse(late.claim("trending", Duration.ofMinutes(10), first), "nor in a past period");
        assertTrue(late.claim("digest", Duration.ofDays(1), first), "each job has its own periods");
    }

    @Test
    void aBuildOlderThanItsDatabaseRefusesToStartAndSaysWhy() throws Exception {
        assertDoesNotThrow(() -> SchemaMigration.requireNotBehind(flyway), "the same build starts");

        Crowd.sqlOn(jdbcUrl, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (999, '999', 'from a newer build', 'SQL',"
                + " 'V999__from_a_newer_build.sql', 0, 'newer', 1, 1)");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SchemaMigration.requireNotBehind(flyway));
        assertTrue(refused.getMessage().contains("older than its database"), refused.getMessage());
        assertTrue(refused.getMessage().contains("999"), refused.getMessage());
    }

    private JobLeases leases(String holder) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(jdbcUrl);
        dataSource.setUser(EmbeddedMariaDb.USER);
        dataSource.setPassword(EmbeddedMariaDb.PASSWORD);
        return new JobLeases(dataSource, holder);
    }
}
