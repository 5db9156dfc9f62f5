package org.idealoop.domain.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressRangesTest {

    private final AddressRanges proxies = AddressRanges.parse(" 10.0.0.0/8, 192.0.2.7 ,fd00::/8, ::1");

    @Test
    void singleAddressesAndCidrRangesOfBothFamilies() {
        assertTrue(proxies.contains("10.1.2.3"));
        assertTrue(proxies.contains("192.0.2.7"));
        assertFalse(proxies.contains("192.0.2.8"));
        assertFalse(proxies.contains("11.0.0.1"));
        assertTrue(proxies.contains("fd12:3456::1"));
        assertTrue(proxies.contains("0:0:0:0:0:0:0:1"), "the long spelling of ::1");
        assertFalse(proxies.contains("fe80::1"));
        assertFalse(proxies.contains("not an address"));
        assertFalse(proxies.contains(null));
    }

    @Test
    void prefixesThatDoNotEndOnAByteBoundary() {
        AddressRanges range = AddressRanges.parse("172.16.0.0/12");

        assertTrue(range.contains("172.16.0.1"));
        assertTrue(range.contains("172.31.255.255"));
        assertFalse(range.contains("172.32.0.0"));
        assertFalse(range.contains("172.15.255.255"));
        assertTrue(AddressRanges.parse("0.0.0.0/0").contains("203.0.113.9"));
        assertFalse(AddressRanges.parse("0.0.0.0/0").contains("2001:db8::1"), "families do not mix");
    }

    @Test
    void anIpv4MappedIpv6AddressIsItsIpv4Address() {
        assertTrue(AddressRanges.parse("127.0.0.1").contains("::ffff:127.0.0.1"));
    }

    @Test
    void wrongEntriesAreRefusedNamingThem() {
        for (String wrong : List.of("10.0.0.0/33", "300.1.1.1", "proxy.example.org", "10.0.0.0/x", "::1/129", "1.2.3")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AddressRanges.parse(wrong));
            assertTrue(e.getMessage().contains(wrong), e.getMessage());
        }
        assertTrue(AddressRanges.parse("").isEmpty());
        assertTrue(AddressRanges.parse(" , ").isEmpty());
        assertTrue(AddressRanges.parse(null).isEmpty());
    }

    @Test
    void aClientNotBehindATrustedProxyIsItsRemoteAddressWhateverItForwards() {
        assertEquals("203.0.113.5", proxies.clientAddress("203.0.113.5", List.of("198.51.100.1")));
        assertEquals("203.0.113.5", AddressRanges.none().clientAddress("203.0.113.5", List.of("198.51.100.1")));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostUntrustedHop() {
        assertEquals("198.51.100.1", proxies.clientAddress("10.0.0.2", List.of("198.51.100.1")));
        // The client claims 1.2.3.4; the outer proxy 10.9.9.9 saw 198.51.100.1 and appended it.
        assertEquals("198.51.100.1", proxies.clientAddress("10.0.0.2", List.of("1.2.3.4, 198.51.100.1, 10.9.9.9")));
        assertEquals("198.51.100.1", proxies.clientAddress("10.0.0.2", List.of("1.2.3.4", "198.51.100.1,10.9.9.9")),
                "several headers read as one list");
        assertEquals("10.0.0.2", proxies.clientAddress("10.0.0.2", List.of()), "no header: the proxy itself");
        assertEquals("10.9.9.9", proxies.clientAddress("10.0.0.2", List.of("10.9.9.9")), "only proxies: the first");
    }

    @Test
    void forwardedEntriesWithPortsAndBracketsAndGarbage() {
        assertEquals("198.51.100.1", proxies.clientAddress("10.0.0.2", List.of("198.51.100.1:5555")));
        assertEquals("2001:db8:0:0:0:0:0:1", proxies.clientAddress("::1", List.of("[2001:db8::1]:443")));
        assertEquals("10.0.0.2", proxies.clientAddress("10.0.0.2", List.of("198.51.100.1, unknown")),
                "a hop that is not an address stops the walk at the proxy");
    }

    @Test
    void addressesHaveOneSpelling() {
        assertEquals(Optional.of("0:0:0:0:0:0:0:1"), AddressRanges.canonical("::1"));
        assertEquals(Optional.of("192.0.2.1"), AddressRanges.canonical("192.0.2.1"));
        assertEquals(Optional.empty(), AddressRanges.canonical("localhost"));
        assertEquals("0:0:0:0:0:0:0:1", AddressRanges.none().clientAddress("::1", null));
    }
}
