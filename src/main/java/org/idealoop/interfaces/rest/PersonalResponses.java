package org.idealoop.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers to a signed-in caller carry that caller's own data (e-mail, CSRF token, notifications,
 * tokens), and answers under {@code auth/} hand out credentials: neither may be kept by a browser's or
 * a proxy's cache. A resource that says otherwise (a public picture's max-age) keeps its own word.
 */
@Provider
public class PersonalResponses implements ContainerResponseFilter {

    static final String NO_STORE = "no-store, private";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        boolean signedIn = request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() != null;
        String path = request.getUriInfo().getPath();
        boolean credentials = path.startsWith("auth/") || path.startsWith("/auth/");
        if (signedIn || credentials) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
