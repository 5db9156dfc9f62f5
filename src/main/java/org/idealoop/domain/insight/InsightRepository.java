package org.idealoop.domain.insight;

import org.idealoop.domain.product.Product;
import org.idealoop.domain.rating.RatingSummary;
import org.idealoop.domain.story.Story;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Products, ratings and stories in SQL, and the streamed exports. */
public interface InsightRepository {

    List<Product> products();

    Optional<Product> product(String slug);

    Product addProduct(String slug, String name, long teamId, Instant at);

    /** Products whose name or slug contains {@code text} (all when blank), by name, with their use. */
    List<ProductUse> productUses(String text, int offset, int limit);

    /** The product, its row locked until the transaction ends (no rating or story is added meanwhile). */
    Optional<ProductUse> lockProduct(String slug);

    void changeProduct(long productId, String name, long teamId);

    /** Deletes a product that nothing refers to. */
    void deleteProduct(long productId);

    /** Records a rating and makes it the member's current one for the product. */
    long rate(long productId, long memberId, int csat, int nps, String comment, Instant at);

    RatingSummary summary(long productId);

    /** The member's current ratings: product slug, csat, nps, comment, when. */
    List<Rating> currentRatingsOf(long memberId);

    /** Every rating the member gave the product, oldest first (the history behind the trend). */
    List<Rating> historyOf(long memberId, long productId);

    long addStory(long productId, long authorId, String kind, String title, String body, Integer stars, Instant at);

    Optional<Story> story(long id);

    List<Story> stories(Optional<Long> productId, Optional<String> kind, int limit);

    /** Adds the member's "me too" once; returns the story's count afterwards. */
    int meToo(long storyId, long memberId, Instant at);

    boolean link(long storyId, long ideaNumber, long by, Instant at);

    void answer(long storyId, String answer, long by, Instant at);

    /** Streams a team's ideas as CSV rows; nothing is held in memory but one row. */
    void exportIdeas(long teamId, Writer out) throws IOException;

    void exportRatings(long productId, Writer out) throws IOException;

    /** The dashboard of a team (or all teams when empty) for ideas, votes and ratings between from and to. */
    Dashboard dashboard(Optional<Long> teamId, Instant from, Instant to);

    long addStoryComment(long storyId, long authorId, String body, boolean official, Instant at);

    List<StoryComment> storyComments(long storyId);

    record StoryComment(long id, String author, String body, boolean official, Instant at) {
    }

    record Rating(String product, int csat, int nps, String comment, Instant at) {
    }

    /** A product with its team's name and what refers to it: ratings given (every one kept) and stories. */
    record ProductUse(Product product, String teamName, long ratings, long stories) {
    }
}
