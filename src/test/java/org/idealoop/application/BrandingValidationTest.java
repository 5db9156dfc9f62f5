package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.branding.Branding;
import org.idealoop.domain.branding.FooterLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BrandingValidationTest {

    private static final List<FooterLink> LINKS = List.of(new FooterLink("Imprint", "https://example.com/imprint"));

    private static InvalidFieldException refused(String field, String key, Executable call) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, call);
        assertEquals(field, e.field());
        assertEquals(key, e.messageKey());
        return e;
    }

    @Test
    void goodInputIsTrimmedAndKept() {
        Branding.Settings s = BrandingService.validate("  Acme Ideas ", " Tell us ", "#1D4ED8",
                List.of(new FooterLink(" Imprint ", " https://example.com/imprint ")), "DE", "dark");
        assertEquals("Acme Ideas", s.communityName());
        assertEquals("Tell us", s.tagline());
        assertEquals("#1d4ed8", s.primaryColour().hex());
        assertEquals(List.of(new FooterLink("Imprint", "https://example.com/imprint")), s.footerLinks());
        assertEquals("de", s.defaultLanguage());
        assertEquals("dark", s.defaultTheme());
    }

    @Test
    void eachBadInputNamesItsField() {
        refused("communityName", "branding.name.required", () -> BrandingService.validate(" ", "", "#0f766e", LINKS, "en", "light"));
        refused("communityName", "branding.name.length",
                () -> BrandingService.validate("x".repeat(61), "", "#0f766e", LINKS, "en", "light"));
        refused("tagline", "branding.tagline.length",
                () -> BrandingService.validate("Acme", "x".repeat(121), "#0f766e", LINKS, "en", "light"));
        refused("primaryColour", "branding.colour.invalid", () -> BrandingService.validate("Acme", "", "teal", LINKS, "en", "light"));
        refused("footerLinks", "branding.links.invalid", () -> BrandingService.validate("Acme", "", "#0f766e",
                List.of(new FooterLink("Evil", "javascript:alert(1)")), "en", "light"));
        refused("footerLinks", "branding.links.invalid", () -> BrandingService.validate("Acme", "", "#0f766e",
                List.of(new FooterLink("", "https://example.com")), "en", "light"));
        refused("footerLinks", "branding.links.many", () -> BrandingService.validate("Acme", "", "#0f766e",
                java.util.Collections.nCopies(6, LINKS.get(0)), "en", "light"));
        refused("defaultLanguage", "branding.language.invalid",
                () -> BrandingService.validate("Acme", "", "#0f766e", LINKS, "it", "light"));
        refused("defaultTheme", "branding.theme.invalid",
                () -> BrandingService.validate("Acme", "", "#0f766e", LINKS, "en", "neon"));
    }

    @Test
    void aPaleColourIsRefusedWithTheMeasuredRatio() {
        InvalidFieldException e = refused("primaryColour", "branding.colour.buttons",
                () -> BrandingService.validate("Acme", "", "#f5c518", LINKS, "en", "light"));
        String message = Messages.text(Locale.ENGLISH, e.messageKey(), e.messageArguments());
        assertEquals("White text on this colour has a contrast of 1.6:1, needs 4.5:1: choose a darker colour.", message);
    }

    @Test
    void aColourReadableUnderWhiteTextButNotAsLinksIsRefusedToo() {
        // #767676: 4.54:1 under white text, but 4.2:1 on the page background #f4f7f6
        InvalidFieldException e = refused("primaryColour", "branding.colour.links",
                () -> BrandingService.validate("Acme", "", "#767676", LINKS, "en", "light"));
        assertEquals("4.2:1", e.messageArguments()[0]);
    }

    @Test
    void mailTextNamesTheBrandedCommunityButNotInArguments() {
        assertEquals("Confirm your e-mail address for Acme",
                Messages.branded(Locale.ENGLISH, "Acme", "mail.verify.subject"));
        assertEquals("Acme: 3 updates on ideas you follow", Messages.branded(Locale.ENGLISH, "Acme", "mail.digest.subject", 3));
        String body = Messages.branded(Locale.ENGLISH, "Acme's {0}", "mail.verify.body", "Idealoop fan", "https://x");
        assertEquals(true, body.startsWith("Hello Idealoop fan,"));
        assertEquals(true, body.endsWith("\n\nAcme's {0}"));
        assertEquals(Messages.text(Locale.ENGLISH, "mail.reset.subject"),
                Messages.branded(Locale.ENGLISH, "Idealoop", "mail.reset.subject"));
    }
}
