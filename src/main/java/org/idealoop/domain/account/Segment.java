package org.idealoop.domain.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kind of customer an account is; a fixed list, so that demand can be compared segment by segment. */
public enum Segment {
    ENTERPRISE, MID_MARKET, SMALL_BUSINESS, STARTUP, PUBLIC_SECTOR, TRIAL;

    /** The stable text id used in the database, the API and CSV files: {@code mid_market}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The segment with this id (case and surrounding blanks ignored); empty for any other text. */
    public static Optional<Segment> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id().equals(wanted)).findFirst();
    }

    /** Every id, comma-separated, for the message that refuses an unknown one. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Segment::id).toList());
    }

    public static List<Segment> all() {
        return List.of(values());
    }
}
