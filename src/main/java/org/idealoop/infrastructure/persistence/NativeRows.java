package org.idealoop.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Reading the rows of native queries: positional parameters in, column values as Java types out. */
final class NativeRows {

    private NativeRows() {
    }

    static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A BOOLEAN column or expression: the driver gives a Boolean or a number. */
    static boolean flag(Object value) {
        return value instanceof Boolean b ? b : number(value) != 0;
    }

    static Instant instant(Object value) {
        return ((Timestamp) value).toInstant();
    }
}
