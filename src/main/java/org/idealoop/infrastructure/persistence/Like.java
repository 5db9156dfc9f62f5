package org.idealoop.infrastructure.persistence;

/** Patterns for SQL LIKE: what a person typed matches as text, never as a wildcard. */
public final class Like {

    private Like() {
    }

    /** {@code %text%} with MariaDB's escapes (backslash) for the wildcards; {@code %} for no text. */
    public static String containing(String text) {
        String plain = text == null ? "" : text.strip();
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
