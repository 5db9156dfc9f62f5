package org.idealoop.infrastructure.persistence;

/**
 * What a CSV export may write into one cell. Spreadsheets run a text cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula; a title such as
 * {@code =HYPERLINK("http://evil.example","x")} would run on the machine of whoever opens the export.
 * Following OWASP's advice (CSV Injection), such text gets a leading single quote, which makes the
 * spreadsheet show it as text; the exports quote every text cell, so the quote is never taken apart from it.
 *
 * <p>Only text is changed. Numbers the exports take from numeric columns (a score of -3) stay numbers:
 * they are ours, not a member's, and a spreadsheet must be able to add them up.
 */
public final class CsvCell {

    private CsvCell() {
    }

    /** The value to write: text that a spreadsheet would read as a formula is neutralised. */
    public static Object safe(Object value) {
        if (value instanceof CharSequence text) {
            return safe(text.toString());
        }
        return value;
    }

    public static String safe(String text) {
        if (text != null && !text.isEmpty() && startsAFormula(text.charAt(0))) {
            return "'" + text;
        }
        return text;
    }

    private static boolean startsAFormula(char first) {
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
