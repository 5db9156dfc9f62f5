package org.idealoop.domain.search;

import java.util.ArrayList;
import java.util.List;
import org.idealoop.domain.InvalidFieldException;

/**
 * What a member typed into the search box, split into quoted phrases and loose words. Nothing in it
 * is search-engine syntax: operators, brackets and backslashes are just characters, an unbalanced
 * quote is read as a plain word boundary, so no input can make the engine reject the query.
 *
 * @param phrases the quoted parts, each to be matched as a phrase
 * @param words   the rest, to be matched word by word with typo tolerance (empty: none)
 */
public record SearchText(List<String> phrases, String words) {

    public static final int MAX_LENGTH = 500;

    public SearchText {
        phrases = List.copyOf(phrases);
    }

    /** Parses the text; null or blank is the empty search, longer than {@link #MAX_LENGTH} is refused. */
    public static SearchText parse(String raw, String field) {
        if (raw == null) {
            return new SearchText(List.of(), "");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidFieldException(field, "search.q.length");
        }
        String text = raw.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"');
        List<String> phrases = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('"', at);
            int close = open < 0 ? -1 : text.indexOf('"', open + 1);
            if (close < 0) { // no more quotes, or one without its pair: the rest is loose words
                words.append(' ').append(text, at, text.length());
                break;
            }
            words.append(' ').append(text, at, open);
            String phrase = clean(text.substring(open + 1, close));
            if (hasWordCharacter(phrase)) {
                phrases.add(phrase);
            }
            at = close + 1;
        }
        String loose = clean(words.toString().replace('"', ' '));
        return new SearchText(phrases, hasWordCharacter(loose) ? loose : "");
    }

    public boolean isEmpty() {
        return phrases.isEmpty() && words.isEmpty();
    }

    /** The text as one string (phrases and words), for engines without phrase support. */
    public String plain() {
        return (String.join(" ", phrases) + " " + words).strip();
    }

    private static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return sb.toString().strip().replaceAll("\\s+", " ");
    }

    private static boolean hasWordCharacter(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
