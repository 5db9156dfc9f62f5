package org.idealoop.domain.branding;

import java.util.List;
import java.util.Optional;

/**
 * How this install presents itself: the community's name and tagline, its colour, the links in the
 * footer, the language and theme a visitor gets before choosing, and the versions of the uploaded logo
 * and favicon (empty: the built-in one). {@code stored} is false while no admin has changed anything:
 * the name and tagline are then the bundle's, in each visitor's language.
 */
public record Branding(String communityName, String tagline, Colour primaryColour, List<FooterLink> footerLinks,
                       String defaultLanguage, String defaultTheme, Optional<String> logoVersion,
                       Optional<String> faviconVersion, boolean stored) {

    public static final List<String> LANGUAGES = java.util.Arrays.stream(org.idealoop.domain.member.Language.values())
            .map(org.idealoop.domain.member.Language::tag).toList();
    public static final List<String> THEMES = List.of("light", "dark", "brand", "system");
    public static final int MAX_NAME = 60;
    public static final int MAX_TAGLINE = 120;
    public static final int MAX_FOOTER_LINKS = 5;

    public Branding {
        footerLinks = List.copyOf(footerLinks);
    }

    /** What an admin sets in one go; images are uploaded on their own. */
    public record Settings(String communityName, String tagline, Colour primaryColour, List<FooterLink> footerLinks,
                           String defaultLanguage, String defaultTheme) {

        public Settings {
            footerLinks = List.copyOf(footerLinks);
        }
    }

    /** The uploaded images, each replaced on its own. */
    public enum ImageKind {
        LOGO, FAVICON;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
