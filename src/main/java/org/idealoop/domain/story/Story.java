package org.idealoop.domain.story;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A customer's story about a product: praise, a problem or a question (a {@link StoryKind} id), with "me too"s and linked ideas. */
public record Story(long id, long productId, String productSlug, long authorId, String authorName, String kind,
                    String title, String body, Integer stars, int meToo, Optional<String> answer,
                    Optional<Instant> answeredAt, List<Long> linkedIdeas, boolean hidden, Instant createdAt) {
}
