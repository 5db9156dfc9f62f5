package org.idealoop.domain.search;

import java.util.Optional;

/** Rebuilds of the search index from the database, in the background. */
public interface IndexRebuilds {

    /** Starts a rebuild; a ConflictException while one runs, SearchUnavailableException when search is down. */
    IndexRebuild start(Long startedBy);

    Optional<IndexRebuild> latest();
}
