package org.idealoop.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The install's absolute address ({@code idealoop.base-url}), the only source of absolute links and
 * redirects. A request's Host header is whatever the client wrote; a redirect built from it could send
 * a visitor, or a cache keyed by it, to another site.
 */
@ApplicationScoped
public class BaseUrl {

    @Inject
    @ConfigProperty(name = IdealoopConfig.BASE_URL)
    String configured;

    /** The absolute address of a path of the application, e.g. {@code /sign-in?next=%2Fme}. */
    public String of(String path) {
        return join(configured, path);
    }

    /** The configured address, as configured. */
    public String value() {
        return configured;
    }

    /** {@code base} and the application path {@code path}, with exactly one slash between them. */
    public static String join(String base, String path) {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (path == null || path.isEmpty()) {
            return root + "/";
        }
        return root + (path.startsWith("/") ? path : "/" + path);
    }
}
