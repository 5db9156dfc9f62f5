package org.idealoop.domain.idea;

import java.util.Optional;

/**
 * What a reader asked of the idea list, as they asked it: an order, a status id, "mine" / "voted by me",
 * team, category and tag slugs, the position after which the page starts, and how many ideas to fetch.
 * The idea service checks the ids and slugs (naming the field of an unknown one) and turns this into an
 * {@link IdeaQuery} for the repository. Start from {@link #sortedBy(IdeaSort)} and add what was asked:
 * <pre>IdeaFilter.sortedBy(sort).status("planned").team("mobile").limit(21)</pre>
 *
 * @param status   a status id ("planned"), or null or blank for all
 * @param team     a team slug, or null or blank for all teams; the same for category and tag
 */
public record IdeaFilter(IdeaSort sort, String status, boolean mine, boolean votedByMe, String team,
                         String category, String tag, Optional<IdeaQuery.Position> after, int limit) {

    /** The page size when the caller names none, as in the API's default. */
    public static final int DEFAULT_LIMIT = 20;

    public IdeaFilter {
        after = after == null ? Optional.empty() : after;
    }

    /** Every idea in that order, from the first, one default page. */
    public static IdeaFilter sortedBy(IdeaSort sort) {
        return new IdeaFilter(sort, null, false, false, null, null, null, Optional.empty(), DEFAULT_LIMIT);
    }

    public IdeaFilter status(String status) {
        return new IdeaFilter(sort, status, mine, votedByMe, team, category, tag, after, limit);
    }

    public IdeaFilter mine(boolean mine) {
        return new IdeaFilter(sort, status, mine, votedByMe, team, category, tag, after, limit);
    }

    public IdeaFilter votedByMe(boolean votedByMe) {
        return new IdeaFilter(sort, status, mine, votedByMe, team, category, tag, after, limit);
    }

    public IdeaFilter team(String team) {
        return new IdeaFilter(sort, status, mine, votedByMe, team, category, tag, after, limit);
    }

    public IdeaFilter category(String category) {
        return new IdeaFilter(sort, status, mine, votedByMe, team, category, tag, after, limit);
    }

    public IdeaFilter tag(String tag) {
        return new IdeaFilter(sort, status, mine, votedByMe, team, category, tag, after, limit);
    }

    public IdeaFilter after(Optional<IdeaQuery.Position> after) {
        return new IdeaFilter(sort, status, mine, votedByMe, team, category, tag, after, limit);
    }

    public IdeaFilter limit(int limit) {
        return new IdeaFilter(sort, status, mine, votedByMe, team, category, tag, after, limit);
    }
}
