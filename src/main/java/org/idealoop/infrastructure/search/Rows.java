package org.idealoop.infrastructure.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Small conversions of native query columns. */
final class Rows {

    private Rows() {
    }

    static long longValue(Object value) {
        return ((Number) value).longValue();
    }

    static int intValue(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** Numbers only, so the list is safe to put into SQL text. */
    static String idList(Collection<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (Long id : ids) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(id.longValue());
        }
        return sb.toString();
    }

    static List<Long> ids(List<?> column) {
        return column.stream().map(Rows::longValue).toList();
    }

    static List<String> words(Object spaceSeparated) {
        return spaceSeparated == null ? List.of() : Arrays.asList(spaceSeparated.toString().split(" "));
    }

    static String iso(Object timestamp) {
        if (timestamp instanceof Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (timestamp instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC).toString();
        }
        if (timestamp instanceof Instant instant) {
            return instant.toString();
        }
        return timestamp == null ? null : timestamp.toString();
    }
}
