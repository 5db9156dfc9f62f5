package org.idealoop.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.idealoop.application.Messages;
import org.idealoop.domain.member.Role;

/**
 * Payara's MicroProfile Metrics endpoint lives in this application's context (it is deployed at /), and
 * it describes the server: connection pools, JVM, class counts. Only admins read it, with a bearer token
 * (or their session); anyone else gets a 401 or 403 problem.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsForAdmins extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            Problems.write(response, 401, Messages.text(request.getLocale(), "auth.required"));
            return;
        }
        if (!request.isUserInRole(Role.Names.ADMIN)) {
            Problems.write(response, 403, Messages.text(request.getLocale(), "auth.forbidden"));
            return;
        }
        chain.doFilter(request, response);
    }
}
