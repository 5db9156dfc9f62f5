package org.idealoop.infrastructure.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.idealoop.infrastructure.cache.ReadCache.Region;
import org.junit.jupiter.api.Test;

/** What one instance tells the others of an eviction, and what they make of it. */
class ClusterEvictionsTest {

    @Test
    void oneEntryByItsNumberKeyIsEvictedElsewhereAndNoOther() {
        ClusterEvictions.Eviction eviction = roundTrip(Region.MEMBERS, new ReadCache.KeyFilter(42L));
        assertEquals(Region.MEMBERS, eviction.region());
        assertTrue(eviction.filter().test(42L, "member 42"));
        assertFalse(eviction.filter().test(43L, "member 43"));
    }

    @Test
    void oneEntryByItsTextKey() {
        ClusterEvictions.Eviction eviction = roundTrip(Region.MODERATION, new ReadCache.KeyFilter("blocked words"));
        assertTrue(eviction.filter().test("blocked words", "x"));
        assertFalse(eviction.filter().test("hold settings", "x"));
    }

    @Test
    void theTokensOfOneMemberAreNamedByTheMember() {
        assertEquals("TOKENS m:7", ClusterEvictions.encode(Region.TOKENS, CacheEvictions.tokensOf(7)));
        ClusterEvictions.Eviction eviction = roundTrip(Region.TOKENS, CacheEvictions.tokensOf(7));
        CacheEvictions.MemberOwned ofSeven = () -> 7;
        CacheEvictions.MemberOwned ofEight = () -> 8;
        assertTrue(eviction.filter().test("hash-a", ofSeven));
        assertFalse(eviction.filter().test("hash-b", ofEight));
    }

    @Test
    void anyOtherFilterEvictsTheWholeRegionElsewhere() {
        assertEquals("FILING *", ClusterEvictions.encode(Region.FILING, (k, v) -> false));
        ClusterEvictions.Eviction eviction = roundTrip(Region.SIMILAR, new ReadCache.KeyFilter(java.util.List.of(1L, 5)));
        assertTrue(eviction.filter().test("anything", "at all"), "a key that is neither number nor text: all");
    }

    @Test
    void messagesThisBuildDoesNotKnowAreIgnored() {
        assertTrue(ClusterEvictions.decode("NO_SUCH_REGION *").isEmpty());
        assertTrue(ClusterEvictions.decode("MEMBERS n:forty-two").isEmpty());
        assertTrue(ClusterEvictions.decode("MEMBERS q:1").isEmpty());
        assertTrue(ClusterEvictions.decode("garbage").isEmpty());
    }

    @Test
    void withoutADataGridNothingIsShared() {
        ClusterEvictions none = ClusterEvictions.join((region, filter) -> { });
        assertFalse(none.shared(), "no JNDI, no data grid: local evictions only");
        none.publish(Region.MEMBERS, new ReadCache.KeyFilter(1L)); // and publishing is harmless
    }

    private static ClusterEvictions.Eviction roundTrip(Region region, ReadCache.EntryFilter filter) {
        return ClusterEvictions.decode(ClusterEvictions.encode(region, filter)).orElseThrow();
    }
}
