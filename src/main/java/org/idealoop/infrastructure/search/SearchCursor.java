package org.idealoop.infrastructure.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.search.SearchSort;

/**
 * The opaque cursor of a search page: the sort and the sort values of the last hit shown
 * ({@code search_after}), base64url-encoded. Decoding checks every value's shape, so a cursor that
 * was tampered with is refused naming the field instead of reaching the engine.
 */
final class SearchCursor {

    private static final Pattern KEY = Pattern.compile("[a-z]{1,16}-[0-9]{1,19}");

    private SearchCursor() {
    }

    static String encode(SearchSort sort, List<FieldValue> values) {
        StringBuilder raw = new StringBuilder(sort.id());
        for (FieldValue value : values) {
            raw.append('|');
            if (value.isDouble()) {
                raw.append(value.doubleValue());
            } else if (value.isLong()) {
                raw.append(value.longValue());
            } else {
                raw.append(value.isString() ? value.stringValue() : value._toJsonString());
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<FieldValue> decode(String cursor, SearchSort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            int expected = sort == SearchSort.NEW ? 3 : 4;
            if (parts.length != expected || !parts[0].equals(sort.id())) {
                throw new IllegalArgumentException("another sort");
            }
            List<FieldValue> values = new ArrayList<>();
            int at = 1;
            if (sort == SearchSort.RELEVANCE) {
                double score = Double.parseDouble(parts[at++]);
                if (!Double.isFinite(score)) {
                    throw new IllegalArgumentException("not finite");
                }
                values.add(FieldValue.of(score));
            } else if (sort == SearchSort.SCORE) {
                values.add(FieldValue.of(Long.parseLong(parts[at++])));
            }
            values.add(FieldValue.of(Long.parseLong(parts[at++])));
            String key = parts[at];
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not a key");
            }
            values.add(FieldValue.of(key));
            return values;
        } catch (RuntimeException e) {
            throw new InvalidFieldException("cursor", "api.cursor.invalid");
        }
    }
}
