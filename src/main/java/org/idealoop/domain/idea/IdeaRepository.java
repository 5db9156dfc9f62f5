package org.idealoop.domain.idea;

import java.util.List;
import java.util.Optional;

public interface IdeaRepository {

    Idea add(Idea idea);

    Optional<Idea> findByNumber(long number);

    /** One page of ideas in the query's order, starting after its position (keyset, no OFFSET). */
    List<Idea> list(IdeaQuery query);

    List<Idea> byAuthor(long authorId, int limit);

    /** Plain title search in the database, for when the search cluster is unreachable. */
    List<Idea> titleContains(String text, int limit);

    List<Idea> pinned();

    long count();

    IdeaRevision addRevision(IdeaRevision revision);

    /** Newest first. */
    List<IdeaRevision> revisions(long ideaNumber);
}
