package org.idealoop.infrastructure.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    /** Resolves a few made-up names as a DNS server would; literals as the JDK parses them. */
    static final Map<String, String[]> DNS = Map.of(
            "hooks.example.com", new String[] {"93.184.215.14"},
            "sneaky.example.com", new String[] {"93.184.215.14", "10.1.2.3"},
            "internal.example.com", new String[] {"192.168.1.20"},
            "rebound.example.com", new String[] {"127.0.0.1"},
            "v6.example.com", new String[] {"2606:2800:21f:cb07:6820:80da:af6b:8b2c"});

    static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = DNS.get(host);
        if (addresses == null) {
            if (!Character.isDigit(host.charAt(0)) && !host.contains(":")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(host)}; // a literal: no lookup
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByAddress(host, InetAddress.getByName(addresses[i]).getAddress());
        }
        return resolved;
    }

    final WebhookTargets targets = new WebhookTargets("", WebhookTargetsTest::resolve);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "127.255.255.254", "10.0.0.1", "10.255.0.9", "172.16.0.1",
            "172.31.255.255", "192.168.0.1", "169.254.169.254", "169.254.0.1", "0.0.0.0", "0.1.2.3", "100.64.0.1",
            "100.127.255.254", "192.0.0.8", "198.18.0.1", "224.0.0.1", "239.255.255.250", "240.0.0.1",
            "255.255.255.255", "::", "::1", "fe80::1", "febf::1", "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1", "::127.0.0.1", "::10.0.0.1",
            "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "2002:7f00:1::", "2002:c0a8:101::1"})
    void localPrivateAndReservedAddressesAreNotPublic(String literal) throws Exception {
        assertFalse(WebhookTargets.isPublic(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "169.253.255.255", "192.169.0.1", "223.255.255.254", "2606:4700:4700::1111",
            "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"})
    void internetAddressesArePublic(String literal) throws Exception {
        assertTrue(WebhookTargets.isPublic(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9200/", "http://127.0.0.2:9/", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:3307/", "https://10.0.0.1/hook", "http://[::ffff:127.0.0.1]/", "http://[fd00::1]/",
            "http://0.0.0.0:8080/", "http://internal.example.com/hook", "http://rebound.example.com/",
            "http://sneaky.example.com/", "http://2130706433/", "ftp://hooks.example.com/", "file:///etc/passwd",
            "gopher://hooks.example.com/", "http:///no-host"})
    void refusesWhatIsNotAPublicHttpTarget(String url) {
        assertTrue(targets.refusal(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/hook", "http://hooks.example.com:8080/x?y=1",
            "https://v6.example.com/", "https://[2606:4700:4700::1111]/", "https://93.184.215.14/",
            "https://not-yet-registered.example.org/hook"})
    void acceptsPublicTargetsAndNamesThatDoNotResolveYet(String url) {
        assertEquals(Optional.empty(), targets.refusal(url), url);
    }

    @Test
    void allowedHostsSkipTheAddressCheckButNotTheScheme() {
        WebhookTargets allowing = new WebhookTargets(" Internal.Example.com., 127.0.0.1 ,[::1],", WebhookTargetsTest::resolve);

        assertEquals(Optional.empty(), allowing.refusal("http://internal.example.com/hook"));
        assertEquals(Optional.empty(), allowing.refusal("http://INTERNAL.example.com./hook"));
        assertEquals(Optional.empty(), allowing.refusal("http://127.0.0.1:8080/hook"));
        assertEquals(Optional.empty(), allowing.refusal("http://[::1]:8080/hook"));
        assertTrue(allowing.refusal("http://127.0.0.2:8080/hook").isPresent(), "only the named host");
        assertTrue(allowing.refusal("http://rebound.example.com/").isPresent(), "a name, not what it resolves to");
        assertTrue(allowing.refusal("ftp://internal.example.com/").isPresent());
    }

    @Test
    void theRefusalSaysWhichAddressAndHowToAllowIt() {
        String why = targets.refusal("http://rebound.example.com/").orElseThrow();

        assertTrue(why.contains("127.0.0.1"), why);
        assertTrue(why.contains("idealoop.webhooks.allowed-hosts"), why);
    }
}
