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

/**
 * One Elasticsearch client for the application, given every node named in {@code idealoop.es.url} (one URL, or
 * several separated by commas): the low-level client sends requests to the nodes in turn and, when one does not
 * answer, to the next, leaving the failed node out for a while (issue #19: search keeps working with a node down).
 */
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
            RestClient restClient = RestClient.builder(nodes(url))
                    .setRequestConfigCallback(request -> request
                            .setConnectTimeout(2_000)
                            .setSocketTimeout(15_000))
                    .build();
            transport = new RestClientTransport(restClient, new JacksonJsonpMapper());
            client = new ElasticsearchClient(transport);
        }
        return client;
    }

    /** The nodes of a comma-separated list of URLs; blanks between them are ignored. */
    static HttpHost[] nodes(String urls) {
        HttpHost[] hosts = java.util.Arrays.stream(urls.split(","))
                .map(String::trim).filter(each -> !each.isEmpty()).map(HttpHost::create).toArray(HttpHost[]::new);
        if (hosts.length == 0) {
            throw new IllegalArgumentException(IdealoopConfig.ES_URL + " names no Elasticsearch node");
        }
        return hosts;
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
