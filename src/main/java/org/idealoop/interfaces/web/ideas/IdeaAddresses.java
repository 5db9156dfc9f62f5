package org.idealoop.interfaces.web.ideas;

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
import org.idealoop.application.IdeaService;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.Slug;

/**
 * Readable idea addresses: /ideas/42-dark-mode-for-the-app shows the idea page; /ideas/42 or an old
 * slug redirects (301) to the current one.
 */
@WebFilter(urlPatterns = "/ideas/*")
public class IdeaAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The request attribute holding the idea this filter read, for {@link IdeaBacking#load()}. */
    static final String IDEA = IdeaAddresses.class.getName() + ".idea";
    private static final Pattern ADDRESS = Pattern.compile("/ideas/([0-9]{1,18})(?:-([a-z0-9-]*))?/?");

    @Inject
    transient IdeaService ideas;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = ADDRESS.matcher(path);
        if (!matcher.matches()) {
            chain.doFilter(request, response);
            return;
        }
        long number = Long.parseLong(matcher.group(1));
        Idea idea;
        try {
            idea = ideas.getVisible(number); // hidden ideas are not found, not even their title in a redirect
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String canonical = Slug.path(number, idea.title());
        if (!canonical.equals(path)) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + canonical);
            return;
        }
        request.setAttribute(IDEA, idea); // the page shows this read instead of reading the idea again
        request.getRequestDispatcher("/idea.xhtml?number=" + number).forward(request, response);
    }
}
