package org.idealoop.infrastructure.cluster;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Which application instance runs a scheduled job's period: every instance's timer fires, and the first to
 * move the job's row in {@code job_lease} to the current period runs it; the others see that the period is
 * taken and skip it. One conditional {@code UPDATE} decides (InnoDB's row lock makes it atomic), in its own
 * auto-committed statement, so a claim never waits for a job to finish. Should the instance that claimed a
 * period die during it, that period's run is lost and the next period's runs: the jobs guarded so (trending,
 * digests) leave their work in the database for the next run.
 */
public final class JobLeases {

    /** This instance, for the row's {@code holder}: host, process and a random part. */
    public static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private final DataSource dataSource;
    private final String holder;

    public JobLeases(DataSource dataSource, String holder) {
        this.dataSource = dataSource;
        this.holder = holder;
    }

    /** The start of the period of length {@code period} that contains {@code now} (periods start at the epoch). */
    public static Instant periodStart(Instant now, Duration period) {
        long length = period.toMillis();
        if (length <= 0) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }

    /** Whether this instance is the one to run {@code job} for the period that contains {@code now}. */
    public boolean claim(String job, Duration period, Instant now) throws SQLException {
        Timestamp start = Timestamp.from(periodStart(now, period));
        Timestamp at = Timestamp.from(now);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement first = connection.prepareStatement(
                    "INSERT IGNORE INTO job_lease (name, period_start, holder, claimed_at, runs) VALUES (?, ?, ?, ?, 1)")) {
                first.setString(1, job);
                first.setTimestamp(2, start);
                first.setString(3, holder);
                first.setTimestamp(4, at);
                if (first.executeUpdate() == 1) {
                    return true; // the job's first period ever
                }
            }
            try (PreparedStatement next = connection.prepareStatement("UPDATE job_lease SET period_start = ?, holder = ?,"
                    + " claimed_at = ?, runs = runs + 1 WHERE name = ? AND period_start < ?")) {
                next.setTimestamp(1, start);
                next.setString(2, holder);
                next.setTimestamp(3, at);
                next.setString(4, job);
                next.setTimestamp(5, start);
                return next.executeUpdate() == 1;
            }
        }
    }
}
