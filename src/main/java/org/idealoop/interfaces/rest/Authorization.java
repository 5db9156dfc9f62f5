package org.idealoop.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Set;
import org.idealoop.application.Messages;
import org.idealoop.interfaces.security.IdealoopAuthentication;

/**
 * Enforces {@code @RolesAllowed} on API resources: 401 when nobody is signed in, 403 when the caller
 * lacks the role. Also enforces CSRF protection on state-changing calls authenticated by the session
 * cookie: they must carry the session's token in {@code X-CSRF-Token} (bearer calls need not).
 */
@Provider
public class Authorization implements DynamicFeature {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(PermitAll.class)) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        context.register(new Check(roles == null ? null : roles.value()));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final String[] roles;

        Check(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext context) {
            boolean signedIn = context.getSecurityContext().getUserPrincipal() != null;
            // Jersey's request properties are the servlet request's attributes, set by the mechanism.
            if (signedIn && !SAFE_METHODS.contains(context.getMethod())
                    && "session".equals(context.getProperty(IdealoopAuthentication.AUTHENTICATED_BY))) {
                Object expected = context.getProperty(IdealoopAuthentication.SESSION_CSRF);
                if (expected == null || !expected.equals(context.getHeaderString(CSRF_HEADER))) {
                    abort(context, Response.Status.FORBIDDEN, "auth.csrf");
                    return;
                }
            }
            if (roles == null) {
                return;
            }
            if (!signedIn) {
                abort(context, Response.Status.UNAUTHORIZED, "auth.required");
                return;
            }
            for (String role : roles) {
                if (context.getSecurityContext().isUserInRole(role)) {
                    return;
                }
            }
            abort(context, Response.Status.FORBIDDEN, "auth.forbidden");
        }

        private static void abort(ContainerRequestContext context, Response.Status status, String key) {
            Response problem = Problem.of(status, Messages.text(ProblemMappers.locale(), key)).toResponse();
            if (status == Response.Status.UNAUTHORIZED) {
                problem = Response.fromResponse(problem).header("WWW-Authenticate", "Bearer realm=\"idealoop\"").build();
            }
            context.abortWith(problem);
        }
    }
}
