package org.idealoop.domain.moderation;

import java.util.Locale;
import org.idealoop.domain.InvalidFieldException;

/**
 * A word (or short phrase) refused in ideas, comments and stories: matched as a whole word, in any case.
 * Kept in lower case; 2 to 80 characters on one line.
 */
public final class BlockedWord {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 80;

    private BlockedWord() {
    }

    /**
     * The word as it is stored, or a refusal naming {@code field}: blank, shorter than 2 or longer than
     * 80 characters, or spanning lines (a list entry over two lines is two words pasted as one).
     */
    public static String of(String field, String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            throw new InvalidFieldException(field, "moderation.word.required");
        }
        if (word.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')) {
            throw new InvalidFieldException(field, "moderation.word.lineBreak");
        }
        if (word.codePointCount(0, word.length()) < MIN_LENGTH || word.codePointCount(0, word.length()) > MAX_LENGTH) {
            throw new InvalidFieldException(field, "moderation.word.length");
        }
        return word;
    }
}
