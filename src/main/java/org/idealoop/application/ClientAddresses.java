package org.idealoop.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.member.AddressRanges;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Who is calling, by address: the one place that reads a request's client address (behind trusted
 * proxies, from X-Forwarded-For), and which addresses are exempt from per-address limits.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ClientAddresses.class.getName());

    @Inject
    @ConfigProperty(name = IdealoopConfig.TRUSTED_PROXIES)
    Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = IdealoopConfig.RATE_EXEMPT_ADDRESSES)
    Optional<String> exemptAddresses;

    private AddressRanges trusted = AddressRanges.none();
    private AddressRanges exempt = AddressRanges.none();

    /** A wrong entry stops the start with a message naming the setting and the entry. */
    @PostConstruct
    void parse() {
        trusted = parse(IdealoopConfig.TRUSTED_PROXIES, trustedProxies);
        exempt = parse(IdealoopConfig.RATE_EXEMPT_ADDRESSES, exemptAddresses);
        LOG.info(() -> "Trusted proxies: " + trustedProxies.orElse("none") + "; exempt from per-address limits: "
                + exemptAddresses.orElse("none"));
    }

    private static AddressRanges parse(String key, Optional<String> setting) {
        try {
            return AddressRanges.parse(withLocalAddresses(setting.orElse("")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + ": " + e.getMessage(), e);
        }
    }

    /**
     * The entry {@code local} stands for every address of this host (loopback and each network
     * interface's): a proxy or script on the same machine, whatever address it connects from.
     */
    static String withLocalAddresses(String setting) {
        List<String> entries = new ArrayList<>();
        for (String entry : setting.split(",")) {
            if (!entry.strip().equalsIgnoreCase("local")) {
                entries.add(entry);
                continue;
            }
            entries.add("127.0.0.0/8");
            entries.add("::1");
            try {
                for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                        AddressRanges.canonical(address.getHostAddress()).ifPresent(entries::add);
                    }
                }
            } catch (SocketException e) {
                throw new IllegalStateException("Cannot list this host's addresses for 'local'", e);
            }
        }
        return String.join(",", entries);
    }

    /** The client's address: the remote address, or what trusted proxies say they forwarded. */
    public String of(HttpServletRequest request) {
        return trusted.clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** Addresses whose per-address limits do not apply (an office gateway, a monitoring host, the test suite). */
    public boolean isExempt(String address) {
        return address != null && exempt.contains(address);
    }
}
