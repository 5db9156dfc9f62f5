package org.idealoop.domain.text;

import org.idealoop.domain.InvalidFieldException;

/**
 * What text the community stores. Every text may hold line breaks and tabs but no other control
 * character, no lone surrogate (a database would store it as '?') and no noncharacter. One-line texts
 * (titles, names, slugs) also refuse line breaks and the bidirectional controls that make a name read
 * differently from what it is (U+202A..U+202E, U+2066..U+2069, U+200E, U+200F, U+061C).
 */
public final class PlainText {

    private PlainText() {
    }

    /** Null-safe: whether a multi-line text holds only characters we store. */
    public static boolean isStorable(String text) {
        return text == null || firstBad(text, false) < 0;
    }

    /** Null-safe: whether a one-line text (a title or name) holds only characters we store in one. */
    public static boolean isLine(String text) {
        return text == null || firstBad(text, true) < 0;
    }

    /** Refuses a multi-line text with a character we do not store, naming the field. */
    public static String requireStorable(String field, String text) {
        if (!isStorable(text)) {
            throw new InvalidFieldException(field, "text.characters");
        }
        return text;
    }

    /** Refuses a one-line text with a control, line break or bidirectional control, naming the field. */
    public static String requireLine(String field, String text) {
        if (!isLine(text)) {
            throw new InvalidFieldException(field, "text.line.characters");
        }
        return text;
    }

    /** The index of the first character refused, or -1. */
    static int firstBad(String text, boolean oneLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                    if ((codePoint & 0xFFFE) == 0xFFFE) {
                        return i;
                    }
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || refused(c, oneLine)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * How many characters a reader sees: not white space, not format characters such as the zero-width space or
     * joiners, and not the blank fillers (Hangul fillers, the blank Braille pattern) that pass for letters.
     */
    public static int visibleLength(String text) {
        return (int) text.codePoints().filter(PlainText::isVisible).count();
    }

    private static boolean isVisible(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint) && type != Character.FORMAT
                && type != Character.CONTROL && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && codePoint != 0x115F && codePoint != 0x1160 && codePoint != 0x3164 && codePoint != 0xFFA0
                && codePoint != 0x2800;
    }

    private static boolean refused(char c, boolean oneLine) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return oneLine;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF || c >= 0xFDD0 && c <= 0xFDEF) {
            return true;
        }
        return oneLine && isBidiControl(c);
    }

    private static boolean isBidiControl(char c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
