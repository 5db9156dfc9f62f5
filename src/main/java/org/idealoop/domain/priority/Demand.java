package org.idealoop.domain.priority;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who promotes an idea: distinct supporters, the distinct accounts they belong to (a member without
 * an account is a single-person account of value 1) and the summed value of those accounts, each
 * counted once however many of its members vote; with the same numbers per segment.
 */
public record Demand(long supporters, long accounts, BigDecimal value, List<SegmentDemand> bySegment,
                     java.util.Optional<java.time.Instant> lastSupport) {

    /** A member without an account is of this segment. */
    public static final String NO_ACCOUNT = "none";

    public static final Demand NONE = new Demand(0, 0, BigDecimal.ZERO, List.of(), java.util.Optional.empty());

    public Demand {
        bySegment = List.copyOf(bySegment);
    }

    /** Adds up segments into the idea's demand; {@code lastSupport} is the latest up-vote (for recency). */
    public static Demand of(List<SegmentDemand> segments, java.time.Instant lastSupport) {
        long supporters = 0;
        long accounts = 0;
        BigDecimal value = BigDecimal.ZERO;
        for (SegmentDemand s : segments) {
            supporters += s.supporters();
            accounts += s.accounts();
            value = value.add(s.value());
        }
        return new Demand(supporters, accounts, value, segments.stream()
                .sorted(java.util.Comparator.comparing(SegmentDemand::value).reversed()
                        .thenComparing(SegmentDemand::segment)).toList(), java.util.Optional.ofNullable(lastSupport));
    }

    public boolean includes(String segment) {
        return bySegment.stream().anyMatch(s -> s.segment().equals(segment));
    }

    /** One segment's share of an idea's demand. */
    public record SegmentDemand(String segment, long supporters, long accounts, BigDecimal value) {
    }
}
