package org.idealoop.domain.moderation;

/**
 * The one rule of what a visitor sees: an idea, comment or story that a moderator has not hidden and that is not
 * held for approval. Every list, page, feed, search source and notification made for visitors applies it through
 * these conditions instead of spelling the columns out; staff views that show more say so where they do.
 * <p>
 * The conditions are SQL over the table's own columns, for the repositories (the only code that queries), with the
 * table's alias as argument: {@code "WHERE " + Visibility.idea("i")}.
 */
public final class Visibility {

    private Visibility() {
    }

    /** An idea a visitor may open: not hidden, not held. */
    public static String idea(String alias) {
        return alias + ".hidden_at IS NULL AND " + alias + ".held_at IS NULL";
    }

    /** A comment a visitor may read (its idea's own visibility is checked separately). */
    public static String comment(String alias) {
        return alias + ".hidden_at IS NULL AND " + alias + ".held_at IS NULL";
    }

    /** A story a visitor may read (stories are never held, only hidden). */
    public static String story(String alias) {
        return alias + ".hidden_at IS NULL";
    }
}
