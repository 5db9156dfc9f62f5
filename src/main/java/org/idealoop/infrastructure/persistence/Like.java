package org.idealoop.infrastructure.persistence;

/** SQL LIKE patterns from what a person typed: its wildcards are matched as themselves. */
final class Like {

    private Like() {
    }

    /** "contains text" (MariaDB's default escape character is the backslash). */
    static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
