package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.feed.FeedEvent;
import org.idealoop.domain.feed.FeedRepository;
import org.idealoop.domain.team.TeamRepository;

/** The Atom feeds' content: status changes of the community or of a team, and everything of one idea. Public. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedService {

    public static final int SIZE = 50;

    @Inject
    FeedRepository feeds;

    @Inject
    TeamRepository teams;

    /** A feed's subject (the team's name, the idea's title; null for the community) and its newest events. */
    public record Feed(String subject, List<FeedEvent> events) {
    }

    public Feed community() {
        return new Feed(null, feeds.statusChanges(SIZE));
    }

    /** The team's feed, empty when there is no team with this slug. */
    public Optional<Feed> team(String slug) {
        return teams.findBySlug(slug).map(team -> new Feed(team.name(), feeds.teamStatusChanges(team.id(), SIZE)));
    }

    /** The idea's feed, empty when there is no visible idea with this number. */
    public Optional<Feed> idea(long number) {
        return feeds.visibleIdeaTitle(number).map(title -> new Feed(title, feeds.ideaEvents(number, SIZE)));
    }
}
