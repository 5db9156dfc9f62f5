package org.idealoop.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetriesTest {

    @Test
    void backoffDoublesFromTheFirstDelayUpToTheMaximum() {
        Duration first = Duration.ofSeconds(2);
        Duration max = Duration.ofMinutes(5);

        assertEquals(Duration.ofSeconds(2), Retries.backoff(1, first, max));
        assertEquals(Duration.ofSeconds(4), Retries.backoff(2, first, max));
        assertEquals(Duration.ofSeconds(256), Retries.backoff(8, first, max));
        assertEquals(max, Retries.backoff(9, first, max));
        assertEquals(max, Retries.backoff(Integer.MAX_VALUE, first, max));
        assertEquals(first, Retries.backoff(0, first, max));
    }

    @Test
    void errorTextFitsTheColumn() {
        assertEquals(1000, Retries.errorText("x".repeat(5000)).length());
        assertEquals("null", Retries.errorText(null));
        assertEquals("refused", Retries.errorText("refused"));
    }
}
