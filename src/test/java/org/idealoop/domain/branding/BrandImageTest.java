package org.idealoop.domain.branding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class BrandImageTest {

    static byte[] png(int rgb) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void refused(String key, byte[] bytes) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> BrandImage.of("logo", bytes));
        assertEquals("logo", e.field());
        assertEquals(key, e.messageKey());
    }

    @Test
    void aPngIsTakenByItsBytesWithItsHash() {
        BrandImage image = BrandImage.of("logo", png(0xff0000));
        assertEquals("image/png", image.contentType());
        assertEquals(64, image.sha256().length());
        assertEquals(image.sha256().substring(0, 16), image.version());
        assertNotEquals(image.version(), BrandImage.of("logo", png(0x00ff00)).version());
    }

    @Test
    void aPlainSvgIsAccepted() {
        BrandImage image = BrandImage.of("logo", text("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 32 32\"><style>rect{fill:#0f766e}</style>"
                + "<rect width=\"32\" height=\"32\" rx=\"6\"/><a xlink:href=\"https://example.com\"><circle r=\"4\"/></a></svg>"));
        assertEquals("image/svg+xml", image.contentType());
    }

    @Test
    void textWithAnImageFileNameIsNoImage() {
        refused("branding.image.type", text("just text, named logo.png"));
        refused("branding.image.type", text("<html><body>hello</body></html>"));
        refused("branding.image.type", text("<svg xmlns=\"http://www.w3.org/2000/svg\"><unclosed></svg>"));
    }

    @Test
    void aBrokenFileWithAnImagesHeaderIsNoImage() {
        byte[] png = png(0);
        byte[] cut = java.util.Arrays.copyOf(png, 20);
        refused("branding.image.type", cut);
    }

    @Test
    void emptyAndTooLargeAreRefused() {
        refused("branding.image.missing", new byte[0]);
        refused("branding.image.missing", null);
        byte[] large = new byte[BrandImage.MAX_BYTES + 1];
        System.arraycopy(png(0), 0, large, 0, 8);
        refused("branding.image.large", large);
    }

    @Test
    void svgWithScriptIsRefusedNotCleaned() {
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
        refused("branding.image.script", text(open + "<script>alert(1)</script></svg>"));
        refused("branding.image.script", text(open + "<SCRIPT>alert(1)</SCRIPT></svg>"));
        refused("branding.image.script", text("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
        refused("branding.image.script", text(open + "<rect onMouseOver=\"alert(1)\"/></svg>"));
        refused("branding.image.script", text(open + "<a xlink:href=\"java\tscript:alert(1)\"><rect/></a></svg>"));
        refused("branding.image.script", text(open + "<a href=\" JavaScript:alert(1)\"><rect/></a></svg>"));
        refused("branding.image.script", text(open + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>"
                + "</foreignObject></svg>"));
        refused("branding.image.script", text(open + "<set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>"));
        refused("branding.image.script", text(open + "<style>rect{background:url(javascript:alert(1))}</style></svg>"));
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        refused("branding.image.type", text("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>"));
        refused("branding.image.type", text("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&b;</svg>"));
    }
}
