package org.idealoop.domain.story;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stories, their "me too"s, links to ideas and comments. */
public interface StoryRepository {

    /** Stores a story just told; returns it with its id. */
    Story add(Story story);

    /**
     * The story, read fresh from the database and locked for the rest of the transaction, so a verb called on it sees
     * every change made before (the "me too" count included) and no one writes the row in between.
     */
    Optional<Story> lockForChange(long id);

    /** What readers see of the story, hidden or not (the caller decides who may see a hidden one). */
    Optional<StoryView> find(long id);

    /** What readers see of a story changed in this transaction: its change is written first. */
    StoryView viewOf(Story story);

    /** The stories a visitor may read, newest first, of one product and one kind (or all). */
    List<StoryView> visible(Optional<Long> productId, Optional<StoryKind> kind, int limit);

    /** Adds the member's "me too" once; returns the story's count afterwards. */
    int meToo(long storyId, long memberId, Instant at);

    /** Links the story to an idea that would fix it; false when it already was. */
    boolean link(long storyId, long ideaNumber, long by, Instant at);

    long addComment(long storyId, long authorId, String body, boolean official, Instant at);

    /** The comments a visitor may read, oldest first. */
    List<StoryComment> comments(long storyId);
}
