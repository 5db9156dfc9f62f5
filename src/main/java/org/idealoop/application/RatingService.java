package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.product.Product;
import org.idealoop.domain.rating.Rating;
import org.idealoop.domain.rating.RatingRepository;
import org.idealoop.domain.rating.RatingSummary;
import org.idealoop.domain.team.ProductTeam;

/** How customers feel now: satisfaction ratings (CSAT and NPS) of products, their summary, history and export. */
@ApplicationScoped
@Transactional
public class RatingService {

    @Inject
    RatingRepository ratings;

    @Inject
    ProductService products;

    @Inject
    TeamService teams;

    @Inject
    CurrentMember currentMember;

    private final Clock clock = Clock.systemUTC();

    /**
     * The member rates a product: CSAT 1-5 and NPS 0-10, whole numbers, with an optional comment. Rating
     * again replaces the current rating; every rating stays in the history for trends.
     */
    public RatingSummary rate(String productSlug, Integer csat, Integer nps, String comment) {
        Member me = currentMember.requireParticipant();
        Product product = products.product(productSlug);
        if (csat == null || csat < 1 || csat > 5) {
            throw new InvalidFieldException("csat", "rating.csat.range");
        }
        if (nps == null || nps < 0 || nps > 10) {
            throw new InvalidFieldException("nps", "rating.nps.range");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 2_000) {
            throw new InvalidFieldException("comment", "rating.comment.length");
        }
        ratings.rate(product.id(), me.id(), csat, nps, note, clock.instant());
        return ratings.summary(product.id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingSummary summary(String productSlug) {
        return ratings.summary(products.product(productSlug).id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rating> myRatings() {
        return ratings.currentOf(currentMember.require().id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rating> myHistory(String productSlug) {
        return ratings.historyOf(currentMember.require().id(), products.product(productSlug).id());
    }

    /** May the caller export this product's ratings (its team's product managers, admins)? Throws otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Product requireRatingsExport(String productSlug) {
        Product product = products.product(productSlug);
        ProductTeam team = teams.all().stream().filter(t -> t.id() == product.teamId()).findFirst().orElseThrow();
        if (!teams.canReadInbox(team)) {
            throw new ForbiddenException("inbox.forbidden");
        }
        return product;
    }
}
