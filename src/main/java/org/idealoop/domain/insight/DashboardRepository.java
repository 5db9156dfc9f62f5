package org.idealoop.domain.insight;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Optional;

/** The staff's analytics: the insight dashboard and the ideas export. */
public interface DashboardRepository {

    /** The dashboard of a team (or all teams when empty) for ideas, votes and ratings between from and to. */
    Dashboard dashboard(Optional<Long> teamId, Instant from, Instant to);

    /** Streams a team's ideas as CSV rows; nothing is held in memory but one row. */
    void exportIdeas(long teamId, Writer out) throws IOException;
}
