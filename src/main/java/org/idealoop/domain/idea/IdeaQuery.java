package org.idealoop.domain.idea;

import java.util.Optional;

/**
 * One page of the idea list: an order, filters, and the position after which the page starts
 * (keyset pagination: the page is a range scan from there, never an OFFSET).
 */
public record IdeaQuery(IdeaSort sort, Optional<IdeaStatus> status, Optional<Long> authorId,
                        Optional<Long> votedBy, Optional<Position> after, int limit,
                        Optional<Long> teamId, Optional<Long> categoryId, Optional<Long> tagId) {

    public IdeaQuery(IdeaSort sort, Optional<IdeaStatus> status, Optional<Long> authorId, Optional<Long> votedBy,
                     Optional<Position> after, int limit) {
        this(sort, status, authorId, votedBy, after, limit, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Where an idea stands in a sort: its sort value(s), then its number to break ties. */
    public record Position(IdeaSort sort, double primary, double secondary, long number) {

        public static Position of(IdeaSort sort, Idea idea) {
            return switch (sort) {
                case HOT -> new Position(sort, idea.hot(), 0, idea.number());
                case TOP -> new Position(sort, idea.score(), idea.wilson(), idea.number());
                case NEW -> new Position(sort, micros(idea.createdAt()), 0, idea.number());
                case TRENDING -> new Position(sort, idea.trending(), 0, idea.number());
                case DISCUSSED -> new Position(sort, idea.distinctCommenters(), 0, idea.number());
            };
        }

        private static double micros(java.time.Instant instant) {
            return instant.getEpochSecond() * 1_000_000d + instant.getNano() / 1_000;
        }
    }
}
