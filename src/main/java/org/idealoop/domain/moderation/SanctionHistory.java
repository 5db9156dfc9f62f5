package org.idealoop.domain.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A member's sanction record as people read it: each warning, suspension and ban with the lift that
 * ended it. The database keeps a lift as a row of its own; here it ends every suspension or ban still
 * in force before it. A lift with nothing in force to end stays an entry of its own.
 */
public final class SanctionHistory {

    private SanctionHistory() {
    }

    /**
     * One sanction and the lift that ended it, if any.
     *
     * @param lift the lift that ended this suspension or ban
     */
    public record Entry(ModerationRepository.Sanction sanction, Optional<ModerationRepository.Sanction> lift) {

        /** A suspension whose end came, or a sanction that was lifted: no longer in force. */
        public boolean isOver(Instant now) {
            return lift.isPresent() || sanction.until() != null && !sanction.until().isAfter(now);
        }

        public boolean isLiftable() {
            return "suspend".equals(sanction.kind()) || "ban".equals(sanction.kind());
        }
    }

    /** The entries, newest first, from the rows oldest first. */
    public static List<Entry> of(List<ModerationRepository.Sanction> oldestFirst) {
        List<Entry> entries = new ArrayList<>();
        List<Integer> inForce = new ArrayList<>();
        for (ModerationRepository.Sanction sanction : oldestFirst) {
            if ("lift".equals(sanction.kind()) && !inForce.isEmpty()) {
                for (int index : inForce) {
                    entries.set(index, new Entry(entries.get(index).sanction(), Optional.of(sanction)));
                }
                inForce.clear();
                continue;
            }
            Entry entry = new Entry(sanction, Optional.empty());
            if (entry.isLiftable()) {
                inForce.add(entries.size());
            }
            entries.add(entry);
        }
        Collections.reverse(entries);
        return entries;
    }
}
