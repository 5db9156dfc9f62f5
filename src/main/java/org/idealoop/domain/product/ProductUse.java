package org.idealoop.domain.product;

/** A product with its team's name and what refers to it: ratings given (every one kept) and stories. */
public record ProductUse(Product product, String teamName, long ratings, long stories) {
}
