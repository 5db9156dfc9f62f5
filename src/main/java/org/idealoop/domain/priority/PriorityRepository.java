package org.idealoop.domain.priority;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Demand and RICE estimates of ideas, read for the priority score. */
public interface PriorityRepository {

    /** The demand of each idea (one grouped query); ideas nobody promotes are absent. */
    Map<Long, Demand> demand(Collection<Long> ideaNumbers);

    Map<Long, RiceEstimate> rice(Collection<Long> ideaNumbers);

    void saveRice(long ideaNumber, Rice rice, long setBy, Instant at);
}
