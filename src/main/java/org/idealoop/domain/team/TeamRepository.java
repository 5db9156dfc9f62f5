package org.idealoop.domain.team;

import java.util.List;
import java.util.Optional;

public interface TeamRepository {

    ProductTeam add(ProductTeam team);

    List<ProductTeam> all();

    /** For reading: may come from memory, so it must not be changed (see {@link #lockForChange}). */
    Optional<ProductTeam> findBySlug(String slug);

    /** A fresh, managed read with a row lock, for changing or deleting the team. */
    Optional<ProductTeam> lockForChange(String slug);

    void addMember(TeamMembership membership);

    List<TeamMembership> memberships();

    List<TeamMembership> membershipsOf(long memberId);

    void removeMember(long teamId, long memberId);

    List<RoutingRule> rules();

    RoutingRule addRule(long teamId, String kind, String value, java.time.Instant at);

    boolean removeRule(long teamId, long ruleId);

    void follow(long teamId, long memberId, java.time.Instant at);

    void unfollow(long teamId, long memberId);

    boolean follows(long teamId, long memberId);

    /** The team's ideas for the inbox view (visible, not merged), at most limit. */
    List<org.idealoop.domain.idea.Idea> inbox(Optional<Long> teamId, String view, java.time.Instant overdueBefore, int limit);

    /** As above, narrowed by status and category, in an order (newest, oldest, score) instead of the view's. */
    List<org.idealoop.domain.idea.Idea> inbox(Optional<Long> teamId, String view, java.time.Instant overdueBefore, int limit,
                                              Optional<org.idealoop.domain.idea.IdeaStatus> status,
                                              Optional<Long> categoryId, Optional<String> sort);

    /** Ideas of the team (or all, when empty) in a status, newest status change first. */
    List<org.idealoop.domain.idea.Idea> inStatus(Optional<Long> teamId, org.idealoop.domain.idea.IdeaStatus status, int limit);

    /** The closing message of each delivered idea: the message of its latest status change to delivered. */
    java.util.Map<Long, String> deliveryMessages(java.util.Collection<Long> ideaNumbers);

    /** Sum of the outcome answers over the team's delivered ideas: {yes, no}. */
    int[] outcomeOf(long teamId);

    /** What still points at the team and keeps it from being deleted: {ideas, products}. */
    long[] referencesTo(long teamId);

    /** Deletes the team with its categories, staff, rules, follows and webhooks (it has no ideas or products). */
    void remove(ProductTeam team);
}
