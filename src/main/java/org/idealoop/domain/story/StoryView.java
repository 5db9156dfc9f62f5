package org.idealoop.domain.story;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What readers see of a customer's {@link Story}: praise, a problem or a question (a {@link StoryKind} id), with its
 * product's slug, its author's name, the "me too"s and the linked ideas.
 */
public record StoryView(long id, long productId, String productSlug, long authorId, String authorName, String kind,
                    String title, String body, Integer stars, int meToo, Optional<String> answer,
                    Optional<Instant> answeredAt, List<Long> linkedIdeas, boolean hidden, Instant createdAt) {
}
