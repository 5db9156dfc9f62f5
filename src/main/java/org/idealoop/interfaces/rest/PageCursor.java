package org.idealoop.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaRepository;

/** An opaque page cursor: the position of the last idea shown, base64url-encoded. */
final class PageCursor {

    private PageCursor() {
    }

    static String encode(Idea last) {
        String raw = last.createdAt() + "|" + last.number();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static IdeaRepository.Cursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new IdeaRepository.Cursor(Instant.parse(raw.substring(0, bar)),
                    Long.parseLong(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new InvalidFieldException("cursor", "api.cursor.invalid");
        }
    }
}
