package org.idealoop.interfaces.web.home;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idealoop.application.FilingService;

/** Category, tag and team pages: /categories/{slug}, /tags/{slug}, /teams/{slug} list their ideas. */
@WebFilter(urlPatterns = {"/categories/*", "/tags/*", "/teams/*"})
public class ListAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;
    @Inject
    transient FilingService filing;

    private static final Pattern ADDRESS = Pattern.compile("/(categories|tags|teams)/([a-z0-9-]{1,60})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher matcher = ADDRESS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String slug = matcher.group(2);
        boolean known = switch (matcher.group(1)) {
            case "categories" -> filing.categories().stream().anyMatch(c -> c.category().slug().equals(slug));
            case "tags" -> filing.tags().stream().anyMatch(t -> t.slug().equals(slug));
            default -> filing.teams().stream().anyMatch(t -> t.equals(slug));
        };
        if (!known) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String filter = switch (matcher.group(1)) {
            case "categories" -> "category";
            case "tags" -> "tag";
            default -> "team";
        };
        String sort = request.getParameter("sort");
        request.getRequestDispatcher("/index.xhtml?" + filter + "=" + matcher.group(2)
                + (sort != null && sort.matches("[a-z]{1,12}") ? "&sort=" + sort : "")).forward(request, response);
    }
}
