package org.idealoop.interfaces.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Elasticsearch answers {@code /_cluster/health} with green or yellow. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    ElasticsearchClient client;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("search");
        try {
            var health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            boolean up = health.status() != HealthStatus.Red;
            return response.status(up)
                    .withData("cluster", health.clusterName())
                    .withData("status", health.status().jsonValue())
                    .build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
