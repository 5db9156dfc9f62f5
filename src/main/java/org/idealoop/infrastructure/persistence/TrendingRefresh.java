package org.idealoop.infrastructure.persistence;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Optional;

/** Votes age out of the 7-day trending window without anyone voting: refresh all ideas now and then. */
@Singleton
public class TrendingRefresh {

    @Inject
    JpaVoteRepository votes;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void refresh() {
        votes.refreshTrending(Optional.empty());
    }
}
