package org.idealoop.domain.member;

import java.util.Locale;
import java.util.Optional;

/**
 * A language Idealoop speaks: each has a complete message bundle ({@code messages_xx.properties}).
 * Arabic is written right to left, so its pages are laid out mirrored.
 */
public enum Language {
    ENGLISH("en", "English", false),
    GERMAN("de", "Deutsch", false),
    SPANISH("es", "Español", false),
    FRENCH("fr", "Français", false),
    ARABIC("ar", "العربية", true);

    private final String tag;
    private final String ownName;
    private final boolean rightToLeft;

    Language(String tag, String ownName, boolean rightToLeft) {
        this.tag = tag;
        this.ownName = ownName;
        this.rightToLeft = rightToLeft;
    }

    /** The BCP 47 tag ({@code de}), as stored, in cookies and in {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself ("Deutsch"): a language switch names each language so its readers find it. */
    public String ownName() {
        return ownName;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag such as {@code de}, {@code de-AT} or {@code DE}; empty for any other text. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        for (Language candidate : values()) {
            if (candidate.tag.equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The first of the reader's languages (in their order of preference) that Idealoop speaks. */
    public static Optional<Language> firstOf(Iterable<Locale> preferred) {
        if (preferred != null) {
            for (Locale locale : preferred) {
                Optional<Language> language = locale == null ? Optional.empty() : of(locale.toLanguageTag());
                if (language.isPresent()) {
                    return language;
                }
            }
        }
        return Optional.empty();
    }
}
