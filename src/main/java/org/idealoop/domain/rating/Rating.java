package org.idealoop.domain.rating;

import java.time.Instant;

/** One rating a member gave a product (by its slug): CSAT 1-5, NPS 0-10, an optional comment, and when. */
public record Rating(String product, int csat, int nps, String comment, Instant at) {
}
