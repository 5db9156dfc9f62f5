package org.idealoop.domain.product;

/** Something a product team makes, which customers rate and tell stories about. */
public record Product(long id, String slug, String name, long teamId, String teamSlug) {
}
