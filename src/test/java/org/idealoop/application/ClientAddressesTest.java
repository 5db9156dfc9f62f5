package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import org.idealoop.domain.member.AddressRanges;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void localStandsForEveryAddressOfThisHost() throws Exception {
        AddressRanges local = AddressRanges.parse(ClientAddresses.withLocalAddresses("192.0.2.99, LOCAL"));

        assertTrue(local.contains("192.0.2.99"), "other entries stay");
        assertTrue(local.contains("127.0.0.1"));
        assertTrue(local.contains("::1"));
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                assertTrue(local.contains(address.getHostAddress()), address.getHostAddress());
            }
        }
        assertFalse(local.contains("198.51.100.1"));
    }
}
