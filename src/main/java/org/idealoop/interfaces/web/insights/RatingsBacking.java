package org.idealoop.interfaces.web.insights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import org.idealoop.application.CurrentMember;
import org.idealoop.application.ProductService;
import org.idealoop.application.RatingService;
import org.idealoop.domain.product.Product;
import org.idealoop.domain.rating.Rating;
import org.idealoop.interfaces.web.Pages;

/**
 * /ratings?product=: the member's current ratings of products, and the form to rate one (CSAT 1-5 stars,
 * NPS 0-10, an optional comment). Rating a product again replaces its current rating; the form starts
 * with the current one. An unknown product is a 404; a refused rating shows its message beside the field.
 */
@Named
@RequestScoped
public class RatingsBacking {

    @Inject
    ProductService products;

    @Inject
    RatingService ratings;

    @Inject
    CurrentMember currentMember;

    private String product;
    private Integer csat;
    private Integer nps;
    private String comment;
    private List<Rating> mine;

    /** The view action: the product asked for exists, and the form starts with the member's rating of it. */
    public void load() {
        if (product != null && !product.isBlank()) {
            products.product(product);
            getMine().stream().filter(r -> r.product().equals(product)).findFirst().ifPresent(r -> {
                csat = r.csat();
                nps = r.nps();
                comment = r.comment();
            });
        }
    }

    public void rate() {
        ratings.rate(product, csat, nps, comment);
        Pages.info("ratings.saved", productName(product));
        mine = null;
    }

    /** The member's current rating of each product they rated (empty for a visitor). */
    public List<Rating> getMine() {
        if (mine == null) {
            mine = currentMember.isSignedIn() ? ratings.myRatings() : List.of();
        }
        return mine;
    }

    public List<Product> getProducts() {
        return products.products();
    }

    public String productName(String slug) {
        return products.products().stream().filter(p -> p.slug().equals(slug)).map(Product::name).findFirst().orElse(slug);
    }

    public List<Integer> getCsatChoices() {
        return IntStream.rangeClosed(1, 5).boxed().toList();
    }

    public List<Integer> getNpsChoices() {
        return IntStream.rangeClosed(0, 10).boxed().toList();
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public Integer getCsat() {
        return csat;
    }

    public void setCsat(Integer csat) {
        this.csat = csat;
    }

    public Integer getNps() {
        return nps;
    }

    public void setNps(Integer nps) {
        this.nps = nps;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
