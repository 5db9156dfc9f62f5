package org.idealoop.domain.idea;

import java.time.Instant;

/**
 * The ranking formulas (docs/ranking.md explains them). Ranking counts people, not noise: the inputs
 * are distinct voters (one vote per member) and distinct commenters, never the number of comments.
 */
public final class Ranking {

    /** 2026-01-01T00:00:00Z: the age term counts from here. */
    static final long EPOCH = 1_767_225_600L;
    /** Seconds of age that weigh as much as a tenfold rise in support (12.5 hours). */
    static final double DECAY_SECONDS = 45_000;
    /** 95 % confidence. */
    static final double Z = 1.959964;

    private Ranking() {
    }

    /**
     * hot = sign(s) * log10(max(|s|, 1)) + (created - epoch) / 45000, with s = (ups - downs) + distinct
     * commenters. Newer ideas start higher; ten times the support is worth 12.5 hours of age. The value
     * of an idea changes only when people act on it, so the order is stable between actions and the
     * sort can be a range scan over a stored, indexed column.
     */
    public static double hot(int score, int distinctCommenters, Instant createdAt) {
        int support = score + distinctCommenters;
        double order = Math.log10(Math.max(Math.abs(support), 1));
        return Math.signum(support) * order + (createdAt.getEpochSecond() - EPOCH) / DECAY_SECONDS;
    }

    /**
     * Lower bound of the Wilson score interval for the share of up votes: how sure we are that most
     * voters like the idea. 0 without votes. Breaks ties between ideas of equal score.
     */
    public static double wilson(int ups, int downs) {
        int n = ups + downs;
        if (n == 0) {
            return 0;
        }
        double p = (double) ups / n;
        double z2 = Z * Z;
        return (p + z2 / (2 * n) - Z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
    }
}
