package org.idealoop.domain.idea;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.idealoop.domain.InvalidFieldException;

/**
 * An opaque page cursor: the sort and the position of the last idea shown, base64url-encoded. The API's
 * {@code next} and the pages' "more ideas" links use the same one.
 */
public final class PageCursor {

    private PageCursor() {
    }

    public static String encode(IdeaQuery.Position position) {
        String raw = position.sort().id() + "|" + position.primary() + "|" + position.secondary() + "|" + position.number();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position in the given sort; a cursor of another sort, or not one of ours, is refused. */
    public static IdeaQuery.Position decode(String cursor, IdeaSort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4 || !parts[0].equals(sort.id())) {
                throw new IllegalArgumentException("another sort");
            }
            double primary = Double.parseDouble(parts[1]);
            double secondary = Double.parseDouble(parts[2]);
            if (!Double.isFinite(primary) || !Double.isFinite(secondary)) {
                throw new IllegalArgumentException("not finite");
            }
            return new IdeaQuery.Position(sort, primary, secondary, Long.parseLong(parts[3]));
        } catch (RuntimeException e) {
            throw new InvalidFieldException("cursor", "api.cursor.invalid");
        }
    }
}
