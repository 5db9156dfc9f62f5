package org.idealoop.infrastructure.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.idealoop.domain.search.SearchType;

/**
 * Reads one type of searchable content from the database for the indexer and for rebuilds. Add a
 * bean of this type for each new kind of content (stories); the indexer finds them all.
 */
public interface SearchDocumentSource {

    SearchType type();

    /**
     * The current state of these rows. Rows that no longer exist, or are hidden, are absent from
     * the answer: the indexer removes them from the index.
     */
    Map<Long, Versioned> load(Collection<Long> ids);

    /** Ids after the given one, ascending, for a rebuild (hidden ones included; load sorts them out). */
    List<Long> idsAfter(long after, int limit);

    long count();

    /** A document and the row version it was read at (the document's external version in the index). */
    record Versioned(SearchDocument document, long version) {
    }
}
