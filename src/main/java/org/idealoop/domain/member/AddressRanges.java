package org.idealoop.domain.member;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP addresses and CIDR ranges, IPv4 and IPv6, from a comma-separated setting such as
 * {@code "10.0.0.0/8, 192.0.2.7, ::1"}. Also decides who the client is behind a chain of proxies.
 * Never asks DNS: only address literals are accepted.
 */
public final class AddressRanges {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static AddressRanges none() {
        return new AddressRanges(List.of());
    }

    /** Parses the setting; an entry that is not an address or a range is refused, naming it. */
    public static AddressRanges parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        if (setting != null) {
            for (String entry : setting.split(",")) {
                String text = entry.strip();
                if (!text.isEmpty()) {
                    ranges.add(Range.parse(text));
                }
            }
        }
        return new AddressRanges(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(String address) {
        return !ranges.isEmpty() && bytes(address).map(b -> ranges.stream().anyMatch(r -> r.contains(b))).orElse(false);
    }

    /**
     * The client's address. The remote address, unless it is one of these (trusted proxies): then the
     * right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy, since each proxy
     * appends the address it saw and everything left of a trusted proxy's entry is what the client
     * claimed. An entry that is not an address ends the walk at the proxy before it.
     *
     * @param forwardedFor the values of every X-Forwarded-For header, in order
     */
    public String clientAddress(String remoteAddress, List<String> forwardedFor) {
        String client = canonical(remoteAddress).orElse(remoteAddress);
        if (!contains(client) || forwardedFor == null) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            if (header != null) {
                for (String hop : header.split(",")) {
                    if (!hop.isBlank()) {
                        hops.add(hop.strip());
                    }
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = canonical(withoutPort(hops.get(i)));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get();
            if (!contains(client)) {
                return client;
            }
        }
        return client;
    }

    /** The address in one spelling (so {@code ::1} and {@code 0:0:0:0:0:0:0:1} count as one), if it is one. */
    public static Optional<String> canonical(String address) {
        return literal(address).map(InetAddress::getHostAddress).map(AddressRanges::withoutZone);
    }

    private static String withoutZone(String address) {
        int zone = address.indexOf('%');
        return zone < 0 ? address : address.substring(0, zone);
    }

    /** {@code [2001:db8::1]:443} and {@code 192.0.2.1:443}, as some proxies write them. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    private static Optional<byte[]> bytes(String address) {
        return literal(address).map(InetAddress::getAddress);
    }

    private static Optional<InetAddress> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String text = withoutZone(address.strip());
        if (IPV4.matcher(text).matches()) {
            byte[] octets = new byte[4];
            String[] parts = text.split("\\.");
            for (int i = 0; i < 4; i++) {
                int value = Integer.parseInt(parts[i]);
                if (value > 255) {
                    return Optional.empty();
                }
                octets[i] = (byte) value;
            }
            try {
                return Optional.of(InetAddress.getByAddress(octets));
            } catch (UnknownHostException impossible) {
                return Optional.empty();
            }
        }
        if (text.indexOf(':') >= 0 && IPV6.matcher(text).matches()) {
            try {
                // A text with a colon that starts with a hex digit or a colon is parsed, never looked up.
                InetAddress parsed = InetAddress.getByName(text);
                return Optional.of(parsed instanceof Inet6Address v6 ? InetAddress.getByAddress(v6.getAddress()) : parsed);
            } catch (UnknownHostException notAnAddress) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] network = bytes(address)
                    .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR range: " + text));
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("Not an IP address or CIDR range: " + text);
                }
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
