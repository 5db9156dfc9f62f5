package org.idealoop.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** IDEALOOP_DB_BUFFER_POOL: what the embedded MariaDB accepts, and the message for what it does not. */
class BufferPoolTest {

    @Test
    void sizesAsMariaDbTakesThem() {
        assertEquals("128M", EmbeddedMariaDb.bufferPool("128M"));
        assertEquals("3G", EmbeddedMariaDb.bufferPool(" 3g "));
        assertEquals("524288K", EmbeddedMariaDb.bufferPool("524288k"));
        assertEquals("134217728", EmbeddedMariaDb.bufferPool("134217728"));
    }

    @Test
    void nonsenseIsRefusedWithTheKeyAndAnExample() {
        for (String bad : new String[] {"", "big", "3GB", "1.5G", "-128M", "128 M", "G"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> EmbeddedMariaDb.bufferPool(bad), bad);
            assertTrue(e.getMessage().contains("IDEALOOP_DB_BUFFER_POOL"), e.getMessage());
            assertTrue(e.getMessage().contains("128M"), e.getMessage());
        }
    }

    @Test
    void tooSmallIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmbeddedMariaDb.bufferPool("1M"));
        assertTrue(e.getMessage().contains("at least 5M"), e.getMessage());
    }
}
