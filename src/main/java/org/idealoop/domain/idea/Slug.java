package org.idealoop.domain.idea;

import java.text.Normalizer;
import java.util.Locale;

/** The readable part of an idea's address: "Dark mode for the app!" -> "dark-mode-for-the-app". */
public final class Slug {

    static final int MAX_LENGTH = 60;

    private Slug() {
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("(^-+|-+$)");
    private static final java.util.regex.Pattern CUT_WORD = java.util.regex.Pattern.compile("-+[a-z0-9]*$");

    public static String of(String title) {
        String ascii = MARKS.matcher(Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        ascii = EDGES.matcher(SEPARATORS.matcher(ascii).replaceAll("-")).replaceAll("");
        if (ascii.length() > MAX_LENGTH) {
            ascii = CUT_WORD.matcher(ascii.substring(0, MAX_LENGTH)).replaceAll("");
        }
        return ascii.isEmpty() ? "idea" : ascii;
    }

    /** The canonical path of an idea's page. */
    public static String path(long number, String title) {
        return "/ideas/" + number + "-" + of(title);
    }
}
