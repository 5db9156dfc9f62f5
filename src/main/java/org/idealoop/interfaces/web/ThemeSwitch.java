package org.idealoop.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The footer's theme switch: a plain form posts here, so it works without scripts. Remembers the pick
 * for a year in a cookie (visitors and members alike) and sends the visitor back to the page (303).
 */
@WebServlet("/theme")
public class ThemeSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String mode = request.getParameter("theme");
        if (!ThemeBacking.MODES.contains(mode)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Pages.rememberForAYear(request, response, ThemeBacking.COOKIE, mode);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + Pages.safeNext(request.getParameter("back")));
    }
}
