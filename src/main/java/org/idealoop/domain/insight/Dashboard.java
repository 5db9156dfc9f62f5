package org.idealoop.domain.insight;

import org.idealoop.domain.rating.RatingSummary;
import java.util.List;
import java.util.Map;

/**
 * The product insight dashboard of a team (or of the whole install) over a date range.
 *
 * @param ideasByStatus     status id to the number of ideas in it now
 * @param movesPerWeek      status id to the number of ideas moved into it each week (the statuses over time)
 * @param weeks             the Mondays (ISO dates) of the weeks in the range, oldest first
 * @param newIdeasPerWeek   ideas posted each week
 * @param votesPerWeek      votes cast each week
 * @param npsPerWeek        NPS of the ratings given each week (null for weeks without ratings)
 * @param firstResponseMedianHours median time to the first official response of ideas posted in the range
 * @param firstResponseP90Hours    90th percentile of the same
 * @param slaCompliance     share (0-100) of those ideas answered within the team's target
 * @param breadth           per idea: distinct supporters against total activity, loudest first
 */
public record Dashboard(Map<String, Long> ideasByStatus, Map<String, List<Long>> movesPerWeek, List<String> weeks, List<Long> newIdeasPerWeek,
                        List<Long> votesPerWeek, List<Integer> npsPerWeek, RatingSummary ratings,
                        Double firstResponseMedianHours, Double firstResponseP90Hours, Integer slaCompliance,
                        List<IdeaLine> top, List<IdeaLine> trending, List<Outcome> outcomes, List<Breadth> breadth) {

    public record IdeaLine(long number, String title, String status, int score) {
    }

    public record Outcome(long number, String title, int yes, int no) {
    }

    /** Distinct members who voted or commented, against all votes and comments: many voices or one loud one. */
    public record Breadth(long number, String title, long distinctSupporters, long totalActivity) {
    }

    /** The p-th percentile (0-100) of sorted values, nearest rank; null when there are none. */
    public static Double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
