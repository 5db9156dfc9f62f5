package org.idealoop.domain.search;

/**
 * Something searchable was written: the search outbox records it in the same transaction, and the
 * indexer brings the index up to date from the database afterwards.
 *
 * @param type one of {@link SearchType}'s ids
 * @param id   the idea number, comment id or story id
 */
public record SearchDocumentChanged(SearchType type, long id) {
}
