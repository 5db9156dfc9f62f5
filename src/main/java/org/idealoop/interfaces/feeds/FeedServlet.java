package org.idealoop.interfaces.feeds;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.infrastructure.config.IdealoopConfig;
import org.idealoop.infrastructure.persistence.IdealoopDataSource;

/**
 * Atom 1.0 feeds of what happens to ideas, for feed readers and chat integrations:
 * <ul>
 * <li>{@code /feeds/status-changes.atom}: every status change in the community;</li>
 * <li>{@code /feeds/teams/{slug}.atom}: status changes of one product team's ideas;</li>
 * <li>{@code /feeds/ideas/{number}.atom}: everything that happened to one idea.</li>
 * </ul>
 * Only visible ideas, newest {@value #SIZE} events first.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FeedServlet.class.getName());
    static final int SIZE = 50;
    static final String ATOM = "atom_1.0";
    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    static final String COMMUNITY = "/status-changes.atom";
    static final Pattern TEAM = Pattern.compile("/teams/([A-Za-z0-9_-]{1,100})\\.atom");
    static final Pattern IDEA = Pattern.compile("/ideas/([0-9]{1,18})\\.atom");

    private static final String EVENT_COLUMNS = "SELECT e.id, e.idea_number, e.kind, e.from_value, e.to_value,"
            + " e.message, e.created_at, i.title, m.display_name FROM idea_event e"
            + " JOIN idea i ON i.number = e.idea_number LEFT JOIN member m ON m.id = e.actor_id"
            + " WHERE i.hidden_at IS NULL AND i.held_at IS NULL";
    private static final String NEWEST = " ORDER BY e.created_at DESC, e.id DESC LIMIT " + SIZE;

    @Resource(lookup = IdealoopDataSource.JNDI_NAME)
    transient DataSource dataSource;

    @Inject
    @ConfigProperty(name = IdealoopConfig.BASE_URL)
    transient String configuredBaseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<Feed> feed;
        try {
            feed = feed(path);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Feed " + path + " failed", e);
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Feed unavailable, try again later.");
            return;
        }
        if (feed.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "No such feed.");
            return;
        }
        String xml;
        try {
            xml = new WireFeedOutput().outputString(feed.get());
        } catch (FeedException | RuntimeException e) {
            LOG.log(Level.WARNING, "Feed " + path + " could not be written", e);
            plain(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Feed unavailable.");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CONTENT_TYPE);
        response.getWriter().write(xml);
    }

    /** The feed at this path, empty when the path names no feed, team or visible idea. */
    Optional<Feed> feed(String path) throws SQLException {
        String base = baseUrl();
        try (Connection connection = dataSource.getConnection()) {
            if (COMMUNITY.equals(path)) {
                List<Entry> entries = entries(connection, base,
                        EVENT_COLUMNS + " AND e.kind = 'status'" + NEWEST);
                return Optional.of(feed(base, base + "/feeds/status-changes.atom", base + "/",
                        "Idealoop: status changes", entries));
            }
            Matcher team = TEAM.matcher(path);
            if (team.matches()) {
                return team(connection, base, team.group(1));
            }
            Matcher idea = IDEA.matcher(path);
            if (idea.matches()) {
                return idea(connection, base, Long.parseLong(idea.group(1)));
            }
        }
        return Optional.empty();
    }

    private Optional<Feed> team(Connection connection, String base, String slug) throws SQLException {
        long teamId;
        String name;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name FROM product_team WHERE slug = ?")) {
            select.setString(1, slug);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                teamId = row.getLong(1);
                name = row.getString(2);
            }
        }
        // The team at the time of the change, or the idea's team now.
        List<Entry> entries = entries(connection, base, EVENT_COLUMNS
                + " AND e.kind = 'status' AND (e.team_id = ? OR i.team_id = ?)" + NEWEST, teamId, teamId);
        return Optional.of(feed(base, base + "/feeds/teams/" + slug + ".atom", base + "/teams/" + slug,
                "Idealoop: status changes of " + name, entries));
    }

    private Optional<Feed> idea(Connection connection, String base, long number) throws SQLException {
        String title;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT title FROM idea WHERE number = ? AND hidden_at IS NULL AND held_at IS NULL")) {
            select.setLong(1, number);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                title = row.getString(1);
            }
        }
        List<Entry> entries = entries(connection, base, EVENT_COLUMNS + " AND e.idea_number = ?" + NEWEST, number);
        return Optional.of(feed(base, base + "/feeds/ideas/" + number + ".atom", base + "/ideas/" + number,
                "Idealoop: #" + number + " " + title, entries));
    }

    private static Feed feed(String base, String self, String alternate, String title, List<Entry> entries) {
        Feed feed = new Feed(ATOM);
        feed.setEncoding("UTF-8");
        feed.setId(self);
        feed.setTitle(title);
        feed.setUpdated(entries.isEmpty() ? Date.from(Instant.now()) : entries.get(0).getUpdated());
        feed.setAlternateLinks(List.of(link("alternate", alternate, "text/html")));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        feed.setAuthors(List.of(person("Idealoop", base)));
        feed.setEntries(entries);
        return feed;
    }

    private static List<Entry> entries(Connection connection, String base, String sql, Object... parameters)
            throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(entry(base, row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getTimestamp(7), row.getString(8),
                            row.getString(9)));
                }
            }
        }
        return entries;
    }

    private static Entry entry(String base, long id, long number, String kind, String from, String to,
                               String message, Timestamp createdAt, String ideaTitle, String actor) {
        String what = what(kind, from, to);
        Entry entry = new Entry();
        entry.setId("tag:idealoop:event:" + id);
        entry.setTitle("#" + number + " " + ideaTitle + ": " + what);
        entry.setAlternateLinks(List.of(link("alternate", base + "/ideas/" + number, "text/html")));
        Date at = Date.from(createdAt.toInstant());
        entry.setUpdated(at);
        entry.setPublished(at);
        entry.setAuthors(List.of(person(actor == null || actor.isBlank() ? "Idealoop" : actor, null)));
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(message == null || message.isBlank() ? what : message);
        entry.setContents(List.of(content));
        return entry;
    }

    /** What the event did, in a few words: "Planned", "Merged into #12" ... */
    static String what(String kind, String from, String to) {
        return switch (kind == null ? "" : kind) {
            case "status" -> statusLabel(to);
            case "team" -> to == null ? "Moved to no team" : "Moved to " + to;
            case "merge" -> to == null ? "Merged" : "Merged into #" + to;
            case "merged_in" -> from == null ? "Another idea merged in" : "#" + from + " merged in";
            case "unmerge" -> "Unmerged";
            default -> kind == null || kind.isBlank() ? "Changed" : statusLabel(kind);
        };
    }

    /** A status id as a label: under_review -> Under review. */
    static String statusLabel(String status) {
        if (status == null || status.isBlank()) {
            return "Changed";
        }
        String words = status.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name, String uri) {
        Person person = new Person();
        person.setName(name);
        if (uri != null) {
            person.setUri(uri);
        }
        return person;
    }

    private String baseUrl() {
        String base = configuredBaseUrl == null ? "" : configuredBaseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
    }
}
