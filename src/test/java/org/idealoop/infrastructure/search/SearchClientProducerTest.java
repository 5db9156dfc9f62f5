package org.idealoop.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.http.HttpHost;
import org.junit.jupiter.api.Test;

class SearchClientProducerTest {

    @Test
    void oneUrlIsOneNode() {
        assertArrayEquals(new HttpHost[] {new HttpHost("127.0.0.1", 9200, "http")},
                SearchClientProducer.nodes("http://127.0.0.1:9200"));
    }

    @Test
    void everyNodeOfACommaSeparatedListIsGivenToTheClient() {
        assertArrayEquals(new HttpHost[] {new HttpHost("es1", 9200, "http"), new HttpHost("es2", 9201, "https")},
                SearchClientProducer.nodes(" http://es1:9200 , https://es2:9201,"));
    }

    @Test
    void aListWithoutANodeIsRefusedNamingTheSetting() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SearchClientProducer.nodes(" , "));
        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("idealoop.es.url"));
    }
}
