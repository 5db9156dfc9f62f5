package org.idealoop.interfaces.branding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.idealoop.domain.branding.Colour;
import org.junit.jupiter.api.Test;

class BrandingServletTest {

    @Test
    void theStylesheetSetsTheThemesVariablesToTheBrandColour() {
        String css = BrandingServlet.stylesheet(new Colour("#1d4ed8"));
        assertTrue(css.contains("--il-teal: #1d4ed8;"), css);
        assertTrue(css.contains("--primary-color: #1d4ed8;"), css);
        assertTrue(css.contains("--il-teal-dark: #173ead;"), css); // 20 % towards black
        assertTrue(css.contains("rgba(29, 78, 216, 0.35)"), css);
    }

    @Test
    void ifNoneMatchAcceptsListsWeakTagsAndTheWildcard() {
        assertTrue(BrandingServlet.matches("\"abc\"", "\"abc\""));
        assertTrue(BrandingServlet.matches("\"x\", W/\"abc\"", "\"abc\""));
        assertTrue(BrandingServlet.matches("*", "\"abc\""));
        assertFalse(BrandingServlet.matches("\"abd\"", "\"abc\""));
        assertFalse(BrandingServlet.matches(null, "\"abc\""));
    }
}
