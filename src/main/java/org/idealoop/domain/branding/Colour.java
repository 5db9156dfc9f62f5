package org.idealoop.domain.branding;

import java.util.Locale;
import java.util.regex.Pattern;
import org.idealoop.domain.InvalidFieldException;

/**
 * A colour as CSS writes it in hex ({@code #rgb} or {@code #rrggbb}), kept as {@code #rrggbb}, with the
 * WCAG 2 arithmetic to check it against the texts drawn on it and beside it.
 */
public record Colour(String hex) {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    /** WCAG 2 AA for normal text. */
    public static final double NEEDED = 4.5;
    public static final Colour WHITE = new Colour("#ffffff");
    /** The page background of the light theme ({@code --il-page}): links in the brand colour sit on it. */
    public static final Colour PAGE = new Colour("#f4f7f6");
    public static final Colour TEAL = new Colour("#0f766e");

    public Colour {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a #rgb or #rrggbb colour: " + hex);
        }
        hex = hex.toLowerCase(Locale.ROOT);
        if (hex.length() == 4) {
            hex = "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3);
        }
    }

    /** The colour an admin typed (surrounding spaces ignored), refused as {@code field} when it is none. */
    public static Colour parse(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (!HEX.matcher(value).matches()) {
            throw new InvalidFieldException(field, "branding.colour.invalid");
        }
        return new Colour(value);
    }

    public int red() {
        return Integer.parseInt(hex.substring(1, 3), 16);
    }

    public int green() {
        return Integer.parseInt(hex.substring(3, 5), 16);
    }

    public int blue() {
        return Integer.parseInt(hex.substring(5, 7), 16);
    }

    /** WCAG 2 relative luminance, 0 (black) to 1 (white). */
    public double luminance() {
        return 0.2126 * linear(red()) + 0.7152 * linear(green()) + 0.0722 * linear(blue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG 2 contrast ratio with the other colour, 1 to 21, whichever is lighter. */
    public double contrastWith(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** This colour mixed with black: {@code share} 0 keeps it, 1 is black (hover and link shades). */
    public Colour darker(double share) {
        return new Colour(String.format(Locale.ROOT, "#%02x%02x%02x", shade(red(), share), shade(green(), share),
                shade(blue(), share)));
    }

    private static int shade(int channel, double share) {
        return (int) Math.round(channel * (1 - share));
    }

    /** The ratio as people read it, rounded down to one decimal so a refused colour never reads as 4.5:1. */
    public static String ratio(double contrast) {
        return String.format(Locale.ROOT, "%.1f:1", Math.floor(contrast * 10) / 10);
    }

    @Override
    public String toString() {
        return hex;
    }
}
