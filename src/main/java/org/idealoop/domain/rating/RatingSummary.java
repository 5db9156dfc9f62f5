package org.idealoop.domain.rating;

import java.util.List;

/**
 * The current ratings of a product: how many, the CSAT average and distribution (1 to 5 stars), and
 * NPS: the share of promoters (9-10) minus the share of detractors (0-6), in points from -100 to 100.
 */
public record RatingSummary(long count, Double csatAverage, List<Long> csatDistribution, Integer nps,
                            long promoters, long passives, long detractors) {

    /**
     * @param csatCounts how many current ratings gave 1, 2, 3, 4 and 5 stars
     * @param npsCounts  how many gave each NPS answer from 0 to 10
     */
    public static RatingSummary of(long[] csatCounts, long[] npsCounts) {
        if (csatCounts.length != 5 || npsCounts.length != 11) {
            throw new IllegalArgumentException("5 CSAT and 11 NPS counts");
        }
        long count = 0;
        long stars = 0;
        for (int i = 0; i < 5; i++) {
            count += csatCounts[i];
            stars += csatCounts[i] * (i + 1);
        }
        long promoters = npsCounts[9] + npsCounts[10];
        long passives = npsCounts[7] + npsCounts[8];
        long detractors = 0;
        for (int i = 0; i <= 6; i++) {
            detractors += npsCounts[i];
        }
        long answers = promoters + passives + detractors;
        Double average = count == 0 ? null : Math.round(stars * 100.0 / count) / 100.0;
        Integer nps = answers == 0 ? null : (int) Math.round(100.0 * (promoters - detractors) / answers);
        return new RatingSummary(count, average, List.of(csatCounts[0], csatCounts[1], csatCounts[2], csatCounts[3],
                csatCounts[4]), nps, promoters, passives, detractors);
    }
}
