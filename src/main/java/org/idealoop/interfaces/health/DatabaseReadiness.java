package org.idealoop.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.idealoop.infrastructure.persistence.IdealoopDataSource;

/**
 * Ready only when MariaDB answers. Anyone may ask, so the answer is UP or DOWN and nothing else (no
 * server version, no error text); why it is down goes to the log, once per outage.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = IdealoopDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean down;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(2);
            if (!up && !down) {
                LOG.warning("Readiness: MariaDB does not answer");
            }
        } catch (Exception e) {
            up = false;
            if (!down) {
                LOG.log(Level.WARNING, "Readiness: MariaDB does not answer", e);
            }
        }
        if (up && down) {
            LOG.info("Readiness: MariaDB answers again");
        }
        down = !up;
        return HealthCheckResponse.named("database").status(up).build();
    }
}
