package org.idealoop.bench;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How big a community to generate. Defaults are small (200 members, 1,000 ideas); the full size is
 * {@code -Dmembers=100000 -Dideas=1000000 -Dvotes=10000000 -Dcomments=2000000 -Dstories=50000 -Dratings=200000}.
 * Nonsense is refused with a message naming the size.
 */
public record CommunitySize(long members, long ideas, long votes, long comments, long stories, long ratings) {

    static final long MAX_ROWS = 100_000_000L;
    static final long MAX_VOTES = 1_000_000_000L;

    public CommunitySize {
        check("members", members, MAX_ROWS);
        check("ideas", ideas, MAX_ROWS);
        check("votes", votes, MAX_VOTES);
        check("comments", comments, MAX_VOTES);
        check("stories", stories, MAX_ROWS);
        check("ratings", ratings, MAX_ROWS);
        if (members == 0 && (ideas > 0 || stories > 0 || ratings > 0)) {
            throw new IllegalArgumentException("members must be at least 1: ideas, stories and ratings need authors");
        }
        if (votes > members * ideas) { // both at most 10^8: the product fits a long
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "votes (%,d) cannot exceed members × ideas (%,d × %,d = %,d): a member votes once per idea",
                    votes, members, ideas, members * ideas));
        }
        if (comments > 0 && ideas == 0) {
            throw new IllegalArgumentException("comments need ideas: ideas must be at least 1");
        }
    }

    public static CommunitySize small() {
        return new CommunitySize(200, 1_000, 5_000, 2_000, 50, 200);
    }

    /** Reads each size from {@code lookup} (a missing one keeps the small default). */
    public static CommunitySize parse(UnaryOperator<String> lookup) {
        CommunitySize d = small();
        return new CommunitySize(
                read(lookup, "members", d.members), read(lookup, "ideas", d.ideas), read(lookup, "votes", d.votes),
                read(lookup, "comments", d.comments), read(lookup, "stories", d.stories),
                read(lookup, "ratings", d.ratings));
    }

    static long read(UnaryOperator<String> lookup, String name, long fallback) {
        String text = lookup.apply(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String digits = text.strip().replace("_", "").replace(",", "");
        if (!digits.matches("-?[0-9]{1,19}")) {
            throw new IllegalArgumentException(name + " must be a whole number (like 100000 or 100_000), not '"
                    + text.strip() + "'");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is too large: '" + text.strip() + "'");
        }
    }

    private static void check(String name, long value, long max) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative (got " + value + ")");
        }
        if (value > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be at most %,d (got %,d)",
                    name, max, value));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d members, %,d ideas, %,d votes, %,d comments, %,d stories, %,d ratings",
                members, ideas, votes, comments, stories, ratings);
    }
}
