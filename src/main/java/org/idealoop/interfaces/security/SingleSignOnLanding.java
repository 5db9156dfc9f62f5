package org.idealoop.interfaces.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /oidc/login and /oidc/callback are answered by the authentication mechanism; a request that gets
 * here (single sign-on not configured) is sent to the sign-in page.
 */
@WebServlet(urlPatterns = {"/oidc/login", "/oidc/callback"})
public class SingleSignOnLanding extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/sign-in");
    }
}
