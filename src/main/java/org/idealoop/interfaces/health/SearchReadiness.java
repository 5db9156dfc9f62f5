package org.idealoop.interfaces.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when Elasticsearch answers {@code /_cluster/health} with green or yellow. Anyone may ask,
 * so the answer is UP or DOWN and nothing else (no cluster name, no error text); why it is down goes
 * to the log, once per outage.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SearchReadiness.class.getName());

    @Inject
    ElasticsearchClient client;

    private volatile boolean down;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            var health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            up = health.status() != HealthStatus.Red;
            if (!up && !down) {
                LOG.warning("Readiness: the Elasticsearch cluster " + health.clusterName() + " is red");
            }
        } catch (Exception e) {
            up = false;
            if (!down) {
                LOG.log(Level.WARNING, "Readiness: Elasticsearch does not answer", e);
            }
        }
        if (up && down) {
            LOG.info("Readiness: Elasticsearch answers again");
        }
        down = !up;
        return HealthCheckResponse.named("search").status(up).build();
    }
}
