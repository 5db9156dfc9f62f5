package org.idealoop.domain.product;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The products teams make, with their team's slug. */
public interface ProductRepository {

    /** Every product, by name. */
    List<Product> all();

    Optional<Product> find(String slug);

    Product add(String slug, String name, long teamId, Instant at);

    /** Products whose name or slug contains {@code text} (all when blank), by name, with their use. */
    List<ProductUse> uses(String text, int offset, int limit);

    /** The product, its row locked until the transaction ends (no rating or story is added meanwhile). */
    Optional<ProductUse> lock(String slug);

    void change(long productId, String name, long teamId);

    /** Deletes a product that nothing refers to. */
    void delete(long productId);
}
