package org.idealoop.domain.branding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class ColourTest {

    @Test
    void blackOnWhiteIsTwentyOneToOne() {
        assertEquals(21.0, new Colour("#000").contrastWith(Colour.WHITE), 1e-9);
        assertEquals(21.0, Colour.WHITE.contrastWith(new Colour("#000000")), 1e-9);
    }

    @Test
    void aColourAgainstItselfIsOneToOne() {
        assertEquals(1.0, Colour.TEAL.contrastWith(Colour.TEAL), 1e-9);
    }

    @Test
    void luminanceFollowsWcagTwo() {
        assertEquals(0.0, new Colour("#000000").luminance(), 1e-9);
        assertEquals(1.0, Colour.WHITE.luminance(), 1e-9);
        // the linear segment below 0.04045 and the power curve above it
        assertEquals(0.2126 * (10 / 255.0 / 12.92), new Colour("#0a0000").luminance(), 1e-12);
        assertEquals(0.7152 * Math.pow((128 / 255.0 + 0.055) / 1.055, 2.4), new Colour("#008000").luminance(), 1e-12);
    }

    @Test
    void knownPairsMatchPublishedRatios() {
        // WebAIM's checker: #767676 on white is 4.54:1, #777777 is 4.47:1 (the classic AA border)
        assertEquals(4.54, new Colour("#767676").contrastWith(Colour.WHITE), 0.01);
        assertEquals(4.47, new Colour("#777777").contrastWith(Colour.WHITE), 0.01);
        assertEquals(5.47, Colour.TEAL.contrastWith(Colour.WHITE), 0.01);
    }

    @Test
    void shortFormAndCaseAreNormalised() {
        assertEquals("#aabbcc", Colour.parse("c", " #ABC ").hex());
        assertEquals("#0f766e", Colour.parse("c", "#0F766E").hex());
    }

    @Test
    void whatIsNoColourIsRefusedNamingTheField() {
        for (String text : new String[] {null, "", "teal", "#12", "#12345", "#1234567", "0f766e", "#ggg", "rgb(0,0,0)"}) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Colour.parse("primaryColour", text));
            assertEquals("primaryColour", e.field());
            assertEquals("branding.colour.invalid", e.messageKey());
        }
    }

    @Test
    void ratioIsRoundedDownSoARefusalNeverReadsAsEnough() {
        assertEquals("4.4:1", Colour.ratio(4.4999));
        assertEquals("3.2:1", Colour.ratio(3.25));
        assertEquals("21.0:1", Colour.ratio(21));
    }

    @Test
    void darkerMixesWithBlack() {
        assertEquals("#000000", new Colour("#ffffff").darker(1).hex());
        assertEquals("#cccccc", new Colour("#ffffff").darker(0.2).hex());
    }
}
