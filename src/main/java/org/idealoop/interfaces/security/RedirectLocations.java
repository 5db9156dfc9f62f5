package org.idealoop.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.idealoop.infrastructure.config.BaseUrl;

/**
 * A {@code Location} names the configured base URL or no host at all, never the request's Host header,
 * which is whatever the client wrote: JAX-RS builds {@code Response.created} addresses from it, and the
 * container turns a relative {@code sendRedirect} into an absolute one with it.
 *
 * <p>A request that came in on the base URL's host is answered with an absolute address on the base
 * URL. Any other (a forged Host, or the install reached by another name, such as its IP
 * address) is answered with the path alone, which the client resolves against the address it used
 * itself. Locations on other sites (an OpenID Connect provider) stay as they are.
 *
 * <p>The authentication mechanism runs before any filter and builds its redirects with
 * {@link #location}; redirects the container makes on its own (a folder without its slash) stay
 * relative ({@code relativeRedirectAllowed} in payara-web.xml).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RedirectLocations extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    BaseUrl baseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(rebase(request, location));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, isLocation(name) ? rebase(request, value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, isLocation(name) ? rebase(request, value) : value);
            }
        });
    }

    /** Where to send the caller of {@code request} for a path of the application ("/sign-in?next=%2Fme"). */
    public static String location(HttpServletRequest request, String base, String path) {
        return location(base, request.getServerName(), request.getContextPath(), path);
    }

    private static boolean isLocation(String name) {
        return "location".equalsIgnoreCase(name);
    }

    private String rebase(HttpServletRequest request, String location) {
        return rebase(location, request.getServerName(), request.getServerPort(), request.getContextPath(),
                request.getRequestURI(), baseUrl.value());
    }

    /**
     * {@code location} as this filter lets it out: relative, or absolute on the host the request named
     * ({@code host}:{@code port}), it becomes {@link #location}; anything else, or anything unreadable,
     * is returned unchanged.
     */
    static String rebase(String location, String host, int port, String contextPath, String requestUri, String base) {
        if (location == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        if (uri.getScheme() == null) {
            if (uri.getRawAuthority() != null) {
                return location; // //other.example/...: another site, chosen by the application
            }
            try {
                uri = new URI(requestUri).resolve(uri);
            } catch (URISyntaxException e) {
                return location;
            }
        } else if (!sameServer(uri, host, port)) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        return location(base, host, contextPath, path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    }

    /**
     * On the base URL when the request named its host (behind a proxy the port may differ, and the base
     * URL's own is the one to use); else the path alone.
     */
    static String location(String base, String host, String contextPath, String path) {
        String local = path.startsWith("/") ? path : "/" + path;
        try {
            String baseHost = new URI(base).getHost();
            if (baseHost != null && baseHost.equalsIgnoreCase(host)) {
                return BaseUrl.join(base, local);
            }
        } catch (URISyntaxException e) {
            // a base URL that is not one: stay on the caller's own address
        }
        return contextPath + local;
    }

    private static boolean sameServer(URI uri, String host, int port) {
        return uri.getHost() != null && uri.getHost().toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))
                && effectivePort(uri) == port;
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
