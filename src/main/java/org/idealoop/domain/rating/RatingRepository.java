package org.idealoop.domain.rating;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/** Ratings of products: every one kept (the history behind trends), the latest per member being the current one. */
public interface RatingRepository {

    /** Records a rating and makes it the member's current one for the product. */
    long rate(long productId, long memberId, int csat, int nps, String comment, Instant at);

    RatingSummary summary(long productId);

    /** The member's current ratings, by product slug. */
    List<Rating> currentOf(long memberId);

    /** Every rating the member gave the product, oldest first. */
    List<Rating> historyOf(long memberId, long productId);

    /** Streams every rating of the product as CSV rows; nothing is held in memory but one row. */
    void export(long productId, Writer out) throws IOException;
}
