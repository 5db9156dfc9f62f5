package org.idealoop.domain.idea;

import java.text.Normalizer;
import java.util.Locale;

/** The readable part of an idea's address: "Dark mode for the app!" -> "dark-mode-for-the-app". */
public final class Slug {

    static final int MAX_LENGTH = 60;

    private Slug() {
    }

    public static String of(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > MAX_LENGTH) {
            ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+[a-z0-9]*$", "");
        }
        return ascii.isEmpty() ? "idea" : ascii;
    }

    /** The canonical path of an idea's page. */
    public static String path(long number, String title) {
        return "/ideas/" + number + "-" + of(title);
    }
}
