package org.idealoop.interfaces.feeds;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.application.FeedService;
import org.idealoop.application.InstallDefaults;
import org.idealoop.application.Messages;
import org.idealoop.domain.feed.FeedEvent;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Atom 1.0 feeds of what happens to ideas, for feed readers and chat integrations:
 * <ul>
 * <li>{@code /feeds/status-changes.atom}: every status change in the community;</li>
 * <li>{@code /feeds/teams/{slug}.atom}: status changes of one product team's ideas;</li>
 * <li>{@code /feeds/ideas/{number}.atom}: everything that happened to one idea.</li>
 * </ul>
 * Only visible ideas, newest {@value FeedService#SIZE} events first; {@link FeedService} reads them, this only renders.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FeedServlet.class.getName());
    static final String ATOM = "atom_1.0";
    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    static final String COMMUNITY = "/status-changes.atom";
    static final Pattern TEAM = Pattern.compile("/teams/([A-Za-z0-9_-]{1,100})\\.atom");
    static final Pattern IDEA = Pattern.compile("/ideas/([0-9]{1,18})\\.atom");

    @Inject
    transient FeedService feeds;

    @Inject
    transient InstallDefaults defaults;

    @Inject
    @ConfigProperty(name = IdealoopConfig.BASE_URL)
    transient String configuredBaseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<Feed> feed;
        try {
            feed = feed(path);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Feed " + path + " failed", e);
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, text("feed.unavailable"));
            return;
        }
        if (feed.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, text("feed.notFound"));
            return;
        }
        String xml;
        try {
            xml = new WireFeedOutput().outputString(feed.get());
        } catch (FeedException | RuntimeException e) {
            LOG.log(Level.WARNING, "Feed " + path + " could not be written", e);
            plain(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, text("feed.unavailable"));
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CONTENT_TYPE);
        response.getWriter().write(xml);
    }

    /** The feed at this path, empty when the path names no feed, team or visible idea. */
    Optional<Feed> feed(String path) {
        String base = baseUrl();
        Locale locale = defaults.locale();
        String name = text("app.name");
        if (COMMUNITY.equals(path)) {
            return Optional.of(feed(base, base + "/feeds/status-changes.atom", base + "/",
                    text("feed.title.community", name), entries(base, locale, feeds.community().events())));
        }
        Matcher team = TEAM.matcher(path);
        if (team.matches()) {
            String slug = team.group(1);
            return feeds.team(slug).map(f -> feed(base, base + "/feeds/teams/" + slug + ".atom", base + "/teams/" + slug,
                    text("feed.title.team", name, f.subject()), entries(base, locale, f.events())));
        }
        Matcher idea = IDEA.matcher(path);
        if (idea.matches()) {
            long number = Long.parseLong(idea.group(1));
            return feeds.idea(number).map(f -> feed(base, base + "/feeds/ideas/" + number + ".atom",
                    base + "/ideas/" + number, text("feed.title.idea", name, Long.toString(number), f.subject()),
                    entries(base, locale, f.events())));
        }
        return Optional.empty();
    }

    private Feed feed(String base, String self, String alternate, String title, List<Entry> entries) {
        Feed feed = new Feed(ATOM);
        feed.setLanguage(defaults.language().tag());
        feed.setEncoding("UTF-8");
        feed.setId(self);
        feed.setTitle(title);
        feed.setUpdated(entries.isEmpty() ? Date.from(Instant.now()) : entries.get(0).getUpdated());
        feed.setAlternateLinks(List.of(link("alternate", alternate, "text/html")));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        feed.setAuthors(List.of(person(text("app.name"), base)));
        feed.setEntries(entries);
        return feed;
    }

    private static List<Entry> entries(String base, Locale locale, List<FeedEvent> events) {
        return events.stream().map(event -> entry(base, locale, event)).toList();
    }

    private static Entry entry(String base, Locale locale, FeedEvent event) {
        String what = what(locale, event.kind(), event.from(), event.to());
        Entry entry = new Entry();
        entry.setId("tag:idealoop:event:" + event.id());
        entry.setTitle("#" + event.ideaNumber() + " " + event.ideaTitle() + ": " + what);
        entry.setAlternateLinks(List.of(link("alternate", base + "/ideas/" + event.ideaNumber(), "text/html")));
        Date at = Date.from(event.createdAt());
        entry.setUpdated(at);
        entry.setPublished(at);
        String actor = event.actor();
        entry.setAuthors(List.of(person(actor == null || actor.isBlank() ? Messages.text(locale, "app.name") : actor, null)));
        Content content = new Content();
        content.setType(Content.TEXT);
        String message = event.message();
        content.setValue(message == null || message.isBlank() ? what : message);
        entry.setContents(List.of(content));
        return entry;
    }

    /** What the event did, in a few words of the install's language: "Planned", "Merged into #12" ... */
    static String what(Locale locale, String kind, String from, String to) {
        return switch (kind == null ? "" : kind) {
            case "status" -> statusLabel(locale, to);
            case "team" -> to == null ? Messages.text(locale, "feed.event.team.none") : Messages.text(locale, "feed.event.team", to);
            case "merge" -> to == null ? Messages.text(locale, "feed.event.merge.plain") : Messages.text(locale, "feed.event.merge", to);
            case "merged_in" -> from == null ? Messages.text(locale, "feed.event.mergedIn.plain")
                    : Messages.text(locale, "feed.event.mergedIn", from);
            case "unmerge" -> Messages.text(locale, "feed.event.unmerge");
            default -> statusLabel(locale, kind);
        };
    }

    /** A status's label from the bundle (under_review: "Under review"); anything else is "Changed". */
    static String statusLabel(Locale locale, String status) {
        String key = "idea.status." + status;
        if (status == null || status.isBlank() || !Messages.bundle(locale).containsKey(key)) {
            return Messages.text(locale, "feed.event.changed");
        }
        return Messages.text(locale, key);
    }

    private String text(String key, Object... arguments) {
        return Messages.text(defaults.locale(), key, arguments);
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
