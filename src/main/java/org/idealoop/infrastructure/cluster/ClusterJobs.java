package org.idealoop.infrastructure.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.idealoop.infrastructure.persistence.IdealoopDataSource;

/**
 * Scheduled jobs that must run once per period however many instances serve Idealoop (see {@link JobLeases}).
 * Jobs that claim rows ({@code FOR UPDATE SKIP LOCKED}: the search, mail and webhook outboxes, instant
 * notification mails) share their work between instances instead and need no lease; the rate counters'
 * flush is each instance's own.
 */
@ApplicationScoped
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

    @Resource(lookup = IdealoopDataSource.JNDI_NAME)
    DataSource dataSource;

    private final Clock clock = Clock.systemUTC();

    /** Whether this instance runs {@code job}'s current period; false when another took it, or on a database error. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean claim(String job, Duration period) {
        try {
            Instant now = clock.instant();
            boolean mine = new JobLeases(dataSource, JobLeases.INSTANCE).claim(job, period, now);
            // One line per period in the log of the instance that runs it: who ran what, across a cluster.
            if (mine) {
                LOG.info(() -> "Job " + job + " runs here for the period from " + JobLeases.periodStart(now, period));
            } else {
                LOG.fine(() -> "Another instance runs " + job + " this period");
            }
            return mine;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not claim the job " + job + "; it waits for its next period", e);
            return false;
        }
    }
}
