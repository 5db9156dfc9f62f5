package org.idealoop.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The footer's theme switch: a plain form posts here, so it works without scripts. Remembers the pick
 * for a year in a cookie (visitors and members alike) and sends the visitor back to the page (303).
 */
@WebServlet("/theme")
public class ThemeSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int A_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String mode = request.getParameter("theme");
        if (!ThemeBacking.MODES.contains(mode)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Cookie cookie = new Cookie(ThemeBacking.COOKIE, mode);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(A_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + ThemeBacking.safeBack(request.getParameter("back")));
    }
}
