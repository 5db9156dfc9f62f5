package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Atom feeds of status changes: community, team and idea, as a feed reader parses them. */
@ExtendWith(ArquillianExtension.class)
class FeedsIT {

    @ArquillianResource
    URL base;

    static String author;
    static String admin;

    Api api;

    @BeforeEach
    void clients() {
        api = new Api(base);
        if (author == null) {
            author = Members.verified(api, "Fern Feeds").token();
            admin = Members.admin(api);
        }
    }

    @Test
    void aStatusChangeAppearsInTheCommunityTeamAndIdeaFeeds() throws Exception {
        String[] filing = Crowd.teamWithCategory();
        String title = "Offline maps " + Words.unique();
        long number = postIdea(title, filing[1]);
        String message = "We will build it " + Words.unique();

        changeStatus(number, "planned", message);

        for (String path : List.of("feeds/status-changes.atom", "feeds/teams/" + filing[0] + ".atom",
                "feeds/ideas/" + number + ".atom")) {
            Feed feed = feed(path);
            Entry entry = entryOf(feed, number, message)
                    .orElseThrow(() -> new AssertionError("no entry for idea " + number + " in " + path));
            assertEquals("#" + number + " " + title + ": Planned", entry.getTitle(), path);
            assertTrue(entry.getId().startsWith("tag:idealoop:event:"), entry.getId());
            assertEquals(entry.getUpdated(), entry.getPublished(), path);
            assertFalse(entry.getAuthors().isEmpty(), path);
            assertFalse(entry.getAuthors().get(0).getName().isBlank(), path);
        }
    }

    @Test
    void aTeamFeedHasOnlyItsOwnTeamsIdeas() throws Exception {
        String[] filing = Crowd.teamWithCategory();
        String[] otherFiling = Crowd.teamWithCategory();
        long number = postIdea("Team only " + Words.unique(), filing[1]);
        String message = "Looking into it " + Words.unique();

        changeStatus(number, "under_review", message);

        Entry entry = entryOf(feed("feeds/teams/" + filing[0] + ".atom"), number, message).orElseThrow();
        assertTrue(entry.getTitle().endsWith(": Under review"), entry.getTitle());
        assertTrue(entryOf(feed("feeds/teams/" + otherFiling[0] + ".atom"), number, message).isEmpty());
    }

    @Test
    void aHiddenIdeaLeavesTheFeeds() throws Exception {
        String[] filing = Crowd.teamWithCategory();
        long number = postIdea("Soon hidden " + Words.unique(), filing[1]);
        String message = "Planned before hiding " + Words.unique();
        changeStatus(number, "planned", message);
        assertTrue(entryOf(feed("feeds/teams/" + filing[0] + ".atom"), number, message).isPresent());

        Crowd.hideIdea(number);

        assertTrue(entryOf(feed("feeds/status-changes.atom"), number, message).isEmpty());
        assertTrue(entryOf(feed("feeds/teams/" + filing[0] + ".atom"), number, message).isEmpty());
        assertNotFound("feeds/ideas/" + number + ".atom");
    }

    @Test
    void unknownFeedsAreNotFound() {
        assertNotFound("feeds/teams/no-such-team-" + Words.unique() + ".atom");
        assertNotFound("feeds/ideas/999999999999.atom");
        assertNotFound("feeds/ideas/not-a-number.atom");
        assertNotFound("feeds/teams/");
        assertNotFound("feeds/status-changes.rss");
        assertNotFound("feeds/");
    }

    @Test
    void anIdeaWithoutEventsHasAnEmptyValidFeed() throws Exception {
        long number = new Api(base).as(author).postIdea("Quiet idea " + Words.unique(), "");

        Feed feed = feed("feeds/ideas/" + number + ".atom");

        assertTrue(feed.getEntries().isEmpty());
        assertTrue(alternate(feed.getAlternateLinks()).endsWith("/ideas/" + number));
    }

    /** GETs and parses a feed, checking what Atom 1.0 requires of the feed and each entry. */
    private Feed feed(String path) throws Exception {
        Api.Reply reply = api.get(path);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/atom+xml"), reply.contentType());
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        Feed feed = (Feed) input.build(new StringReader(reply.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertFalse(feed.getId() == null || feed.getId().isBlank(), path);
        assertFalse(feed.getTitle() == null || feed.getTitle().isBlank(), path);
        assertNotNull(feed.getUpdated(), path);
        assertTrue(feed.getOtherLinks().stream()
                        .anyMatch(link -> "self".equals(link.getRel()) && link.getHref().endsWith("/" + path)),
                path + ": self link");
        assertFalse(alternate(feed.getAlternateLinks()).isBlank(), path);
        for (Entry entry : feed.getEntries()) {
            assertFalse(entry.getId() == null || entry.getId().isBlank(), path);
            assertFalse(entry.getTitle() == null || entry.getTitle().isBlank(), path);
            assertNotNull(entry.getUpdated(), path);
            assertFalse(alternate(entry.getAlternateLinks()).isBlank(), path);
        }
        return feed;
    }

    /** The entry linking to the idea whose content carries the message. */
    private static Optional<Entry> entryOf(Feed feed, long number, String message) {
        return feed.getEntries().stream()
                .filter(entry -> alternate(entry.getAlternateLinks()).endsWith("/ideas/" + number))
                .filter(entry -> !entry.getContents().isEmpty()
                        && entry.getContents().get(0).getValue().contains(message))
                .findFirst();
    }

    private static String alternate(List<Link> links) {
        return links.stream().map(Link::getHref).filter(href -> href != null).findFirst().orElse("");
    }

    private void assertNotFound(String path) {
        Api.Reply reply = api.get(path);
        assertEquals(404, reply.status(), path + ": " + reply.body());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    private long postIdea(String title, String category) {
        Api.Reply created = new Api(base).as(author).postJson("api/v1/ideas",
                Body.of("title", title, "category", category));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("number").longValue();
    }

    private void changeStatus(long number, String status, String message) {
        Api.Reply changed = new Api(base).as(admin).postJson("api/v1/ideas/" + number + "/status",
                Body.of("status", status, "message", message));
        assertEquals(200, changed.status(), changed.body());
    }
}
