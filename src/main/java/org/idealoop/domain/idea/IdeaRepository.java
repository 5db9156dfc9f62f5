package org.idealoop.domain.idea;

import java.util.List;
import java.util.Optional;

public interface IdeaRepository {

    Idea add(Idea idea);

    Optional<Idea> findByNumber(long number);

    /** The ideas with these numbers, in the order given, read in one statement (unknown numbers are left out). */
    List<Idea> findByNumbers(List<Long> numbers);

    /**
     * The idea, read fresh from the database and locked for the rest of the transaction, so a verb called on it
     * sees every counter and state change made before (including plain SQL increments) and no one writes the row
     * in between.
     */
    Optional<Idea> lockForChange(long number);

    /** One page of ideas in the query's order, starting after its position (keyset, no OFFSET). */
    List<Idea> list(IdeaQuery query);

    /**
     * As {@link #list}, for a reader who has written nothing it could miss (a visitor): may be read from a
     * replica a moment behind the primary.
     */
    default List<Idea> listToleratingLag(IdeaQuery query) {
        return list(query);
    }

    List<Idea> byAuthor(long authorId, int limit);

    /** Plain title search in the database, for when the search cluster is unreachable. */
    List<Idea> titleContains(String text, int limit);

    List<Idea> pinned();

    long count();

    IdeaRevision addRevision(IdeaRevision revision);

    /** Newest first. */
    List<IdeaRevision> revisions(long ideaNumber);
}
