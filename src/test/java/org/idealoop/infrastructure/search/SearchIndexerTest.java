package org.idealoop.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchIndexerTest {

    @Test
    void retriesBackOffExponentiallyUpToThirtySeconds() {
        assertEquals(Duration.ofSeconds(1), SearchIndexer.backoff(1));
        assertEquals(Duration.ofSeconds(2), SearchIndexer.backoff(2));
        assertEquals(Duration.ofSeconds(16), SearchIndexer.backoff(5));
        assertEquals(Duration.ofSeconds(30), SearchIndexer.backoff(6));
        assertEquals(Duration.ofSeconds(30), SearchIndexer.backoff(1_000));
    }
}
