package org.idealoop.infrastructure.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.webhook.WebhookTargetRule;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Where webhooks may post: http or https, to a host whose addresses are all public. Loopback,
 * link-local (cloud metadata at 169.254.169.254), private, unique-local, multicast, unspecified and
 * reserved addresses are refused, in IPv4, IPv6 and the IPv6 forms that carry an IPv4 address:
 * otherwise an admin account (or whoever took it over) could make the server post to its own
 * database, search cluster or metadata service. Hosts named in {@code idealoop.webhooks.allowed-hosts}
 * skip the address check, for receivers on an internal network.
 *
 * <p>Checked when a webhook is registered and again before every delivery, since a name may resolve
 * elsewhere later. The JVM caches a lookup for 30 s, so the client that posts right after the check
 * connects to the address the check saw.
 */
@ApplicationScoped
public class WebhookTargets implements WebhookTargetRule {

    /** Looks up every address of a host name (or parses an address literal). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    /** For CDI's proxy. */
    protected WebhookTargets() {
        this(Optional.empty());
    }

    @Inject
    public WebhookTargets(@ConfigProperty(name = IdealoopConfig.WEBHOOKS_ALLOWED_HOSTS) Optional<String> allowedHosts) {
        this(allowedHosts.orElse(""), InetAddress::getAllByName);
    }

    public WebhookTargets(String allowedHosts, Resolver resolver) {
        this.allowedHosts = Arrays.stream(allowedHosts.split(","))
                .map(WebhookTargets::hostName)
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /**
     * Why the webhook may not post to this address, or empty when it may. A name that does not resolve
     * is not refused: nothing can be posted to it, and the check is repeated before each delivery.
     */
    @Override
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("not http or https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("no host");
        }
        String host = hostName(uri.getHost());
        if (allowedHosts.contains(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of(host + " resolves to " + address.getHostAddress()
                        + ", which is not a public address (allow the host in " + IdealoopConfig.WEBHOOKS_ALLOWED_HOSTS + ")");
            }
        }
        return Optional.empty();
    }

    /** Lower case, without the brackets of an IPv6 literal or a trailing dot. */
    static String hostName(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** An address on the public internet: none of the local, private, multicast or reserved ranges. */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7, unique local
            }
            if (allZero(bytes, 0, 10) && ((bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff
                    || allZero(bytes, 10, 12))) {
                return isPublicIpv4(Arrays.copyOfRange(bytes, 12, 16)); // ::ffff:a.b.c.d and ::a.b.c.d
            }
            if (first == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b
                    && allZero(bytes, 4, 12)) {
                return isPublicIpv4(Arrays.copyOfRange(bytes, 12, 16)); // 64:ff9b::a.b.c.d, NAT64
            }
            if (first == 0x20 && (bytes[1] & 0xff) == 0x02) {
                return isPublicIpv4(Arrays.copyOfRange(bytes, 2, 6)); // 2002:aabb:ccdd::, 6to4
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] bytes) {
        int a = bytes[0] & 0xff;
        int b = bytes[1] & 0xff;
        return !(a == 0 // "this network", 0.0.0.0/8
                || a == 10
                || a == 127
                || a == 100 && b >= 64 && b <= 127 // shared address space (carrier-grade NAT)
                || a == 169 && b == 254
                || a == 172 && b >= 16 && b <= 31
                || a == 192 && b == 168
                || a == 192 && b == 0 && (bytes[2] & 0xff) == 0 // IETF protocol assignments
                || a == 198 && (b == 18 || b == 19) // benchmarking
                || a >= 224); // multicast, reserved and broadcast
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
