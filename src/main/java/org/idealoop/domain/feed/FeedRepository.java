package org.idealoop.domain.feed;

import java.util.List;
import java.util.Optional;

/** What the Atom feeds show: events of visible ideas (not hidden, not held), newest first. */
public interface FeedRepository {

    /** Every status change in the community. */
    List<FeedEvent> statusChanges(int limit);

    /** Status changes of the team's ideas: the team at the time of the change, or the idea's team now. */
    List<FeedEvent> teamStatusChanges(long teamId, int limit);

    /** The title of the idea with this number, when it is visible. */
    Optional<String> visibleIdeaTitle(long number);

    /** Everything that happened to one idea. */
    List<FeedEvent> ideaEvents(long number, int limit);
}
