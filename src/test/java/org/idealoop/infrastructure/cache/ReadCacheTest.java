package org.idealoop.infrastructure.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.idealoop.infrastructure.cache.ReadCache.Region;
import org.junit.jupiter.api.Test;

/** The cache's rules without a container (no transaction: an eviction happens at once). */
class ReadCacheTest {

    private final ReadCache cache = new ReadCache();
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String value) {
        loads.incrementAndGet();
        return value;
    }

    @Test
    void aSecondReadComesFromMemoryAndAnEvictionMakesTheNextOneLoad() {
        assertEquals("Alpha", cache.get(Region.FILING, "all", () -> load("Alpha")));
        assertEquals("Alpha", cache.get(Region.FILING, "all", () -> load("Beta")));
        assertEquals(1, loads.get());

        cache.evictAfterCommit(Region.FILING);

        assertEquals("Beta", cache.get(Region.FILING, "all", () -> load("Beta")));
        assertEquals(2, loads.get());
    }

    @Test
    void aLoadOverTakenByAnEvictionIsNotKept() {
        // The reader read the old value; the change committed and evicted before the reader could keep it.
        String stale = cache.get(Region.FILING, "all", () -> {
            cache.evictAfterCommit(Region.FILING);
            return load("old name");
        });

        assertEquals("old name", stale, "the reader itself still answers with what it read");
        assertEquals("new name", cache.get(Region.FILING, "all", () -> load("new name")), "but nobody after it");
    }

    @Test
    void anEmptyFindIsNotKeptSoUnknownTokensCannotPushOutKnownOnes() {
        assertTrue(cache.find(Region.TOKENS, "unknown", Optional::empty).isEmpty());
        assertEquals(Optional.of(7L), cache.find(Region.TOKENS, "unknown", () -> Optional.of(7L)));
        assertEquals(Optional.of(7L), cache.find(Region.TOKENS, "unknown", Optional::empty));
    }

    @Test
    void evictionsByValueForgetOnlyTheMatchingEntries() {
        cache.find(Region.TOKENS, "a", () -> Optional.of(1L));
        cache.find(Region.TOKENS, "b", () -> Optional.of(2L));

        cache.evictAfterCommit(Region.TOKENS, ReadCache.EntryFilter.values(v -> v.equals(1L)));

        assertTrue(cache.find(Region.TOKENS, "a", Optional::empty).isEmpty());
        assertEquals(Optional.of(2L), cache.find(Region.TOKENS, "b", Optional::empty));
    }
}
