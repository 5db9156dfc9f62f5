package org.idealoop.infrastructure.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;
import org.idealoop.infrastructure.config.IdealoopConfig;

/** One Elasticsearch client for the application, pointed at {@code idealoop.es.url}. */
@ApplicationScoped
public class SearchClientProducer {

    private static final Logger LOG = Logger.getLogger(SearchClientProducer.class.getName());

    @Inject
    @ConfigProperty(name = IdealoopConfig.ES_URL)
    String url;

    private RestClientTransport transport;
    private ElasticsearchClient client;

    @Produces
    synchronized ElasticsearchClient client() {
        if (client == null) {
            RestClient restClient = RestClient.builder(HttpHost.create(url))
                    .setRequestConfigCallback(request -> request
                            .setConnectTimeout(2_000)
                            .setSocketTimeout(15_000))
                    .build();
            transport = new RestClientTransport(restClient, new JacksonJsonpMapper());
            client = new ElasticsearchClient(transport);
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Closing the search client", e);
            }
        }
    }
}
