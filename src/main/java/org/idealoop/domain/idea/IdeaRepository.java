package org.idealoop.domain.idea;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface IdeaRepository {

    Idea add(Idea idea);

    Optional<Idea> findByNumber(long number);

    /** Newest first; when {@code after} is given, the page that follows that idea (keyset, no OFFSET). */
    List<Idea> newestFirst(Optional<Cursor> after, int limit);

    List<Idea> byAuthor(long authorId, int limit);

    /** Plain title search in the database, for when the search cluster is unreachable. */
    List<Idea> titleContains(String text, int limit);

    long count();

    /** Position of an idea in the newest-first order, used as a page cursor. */
    record Cursor(Instant createdAt, long number) {
    }
}
