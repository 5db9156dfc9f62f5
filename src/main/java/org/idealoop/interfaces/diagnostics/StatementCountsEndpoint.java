package org.idealoop.interfaces.diagnostics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.idealoop.infrastructure.persistence.StatementCounts;

/**
 * The statement-budget tests' view of {@link StatementCounts}, present only while
 * {@code idealoop.debug.statement-counts} is on: a request sent with {@code X-Idealoop-Count: TOKEN} has
 * its JDBC statements counted from its start (before authentication) to its end, and
 * {@code GET /debug/statement-counts?token=TOKEN} answers them once as JSON.
 */
@WebListener
public class StatementCountsEndpoint implements ServletContextListener, ServletRequestListener {

    public static final String HEADER = "X-Idealoop-Count";
    public static final String PATH = "/debug/statement-counts";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private volatile boolean on;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        on = StatementCounts.enabled();
        if (on) {
            event.getServletContext().addServlet("statementCounts", new Counts()).addMapping(PATH);
        }
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (on && event.getServletRequest() instanceof HttpServletRequest request) {
            String token = request.getHeader(HEADER);
            if (token != null && TOKEN.matcher(token).matches()) {
                StatementCounts.start(token);
            }
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (on) {
            StatementCounts.finish();
        }
    }

    /** Answers one request's tally: 404 when the token is unknown or its request has not finished. */
    static final class Counts extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String token = request.getParameter("token");
            Optional<StatementCounts.Tally> tally;
            try {
                tally = token == null || !TOKEN.matcher(token).matches() ? Optional.empty()
                        : StatementCounts.take(token, Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tally = Optional.empty();
            }
            if (tally.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            JsonArrayBuilder sql = Json.createArrayBuilder();
            tally.get().sql().forEach(sql::add);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("statements", tally.get().statements())
                    .add("transactions", tally.get().transactions())
                    .add("outsideTransaction", tally.get().outsideTransaction())
                    .add("sql", sql)
                    .build().toString());
        }
    }
}
