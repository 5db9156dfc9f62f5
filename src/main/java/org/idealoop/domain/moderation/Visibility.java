package org.idealoop.domain.moderation;

/**
 * The one rule of what a visitor sees: an idea, comment or story that a moderator has not hidden and that is not
 * held for approval (a held post is seen by its author only). Every list, page, feed, search source and notification
 * made for visitors applies it through these conditions instead of spelling the columns out; staff views that show
 * more say so where they do.
 * <p>
 * An idea merged away stays visible: its page shows it frozen as a duplicate with a link to the idea it went into,
 * lists show it with the status {@code duplicate}, search finds it, and its followers are told of the merge. Only
 * the staff's triage views leave merged ideas out, as there is nothing left to answer on them.
 * <p>
 * The conditions are SQL over the table's own columns, for the repositories (the only code that queries), with the
 * table's alias as argument: {@code "WHERE " + Visibility.idea("i")}; {@link Jpql} has the same over the entities.
 */
public final class Visibility {

    /** {@link Jpql#idea(String)} for an Idea aliased {@code i}, as a constant for {@code @NamedQuery} annotations. */
    public static final String IDEA_I = "i.hiddenAt IS NULL AND i.heldAt IS NULL";

    private Visibility() {
    }

    /** An idea a visitor may open: not hidden, not held. */
    public static String idea(String alias) {
        return Columns.SQL.visible(alias);
    }

    /**
     * An idea the given member may open: not hidden, and held only when it is the member's own.
     *
     * @param member an SQL expression for the member's id: {@code "?"} or a column such as {@code "n.member_id"}
     */
    public static String ideaFor(String alias, String member) {
        return Columns.SQL.visibleTo(alias, member);
    }

    /** A comment a visitor may read (its idea's own visibility is checked separately). */
    public static String comment(String alias) {
        return Columns.SQL.visible(alias);
    }

    /**
     * A comment the given member may read: not hidden, and held only when it is the member's own.
     *
     * @param member an SQL expression for the member's id, such as {@code "?"}
     */
    public static String commentFor(String alias, String member) {
        return Columns.SQL.visibleTo(alias, member);
    }

    /** A story a visitor may read (stories are never held, only hidden). */
    public static String story(String alias) {
        return Columns.SQL.notHidden(alias);
    }

    /** A reply on a story a visitor may read (story replies are never held, only hidden). */
    public static String storyComment(String alias) {
        return Columns.SQL.notHidden(alias);
    }

    /**
     * An idea that staff still see while visitors may not: not hidden, held or not (staff approve, triage and
     * answer held first posts). Only for staff views, which say why they use it.
     */
    public static String ideaForStaff(String alias) {
        return Columns.SQL.notHidden(alias);
    }

    /** The same conditions in JPQL, over the entities' fields. */
    public static final class Jpql {

        private Jpql() {
        }

        /** An Idea a visitor may open: not hidden, not held. */
        public static String idea(String alias) {
            return Columns.JPQL.visible(alias);
        }

        /**
         * An Idea the given member may open: not hidden, and held only when it is the member's own.
         *
         * @param member a JPQL expression for the member's id, such as the parameter {@code ":me"}
         */
        public static String ideaFor(String alias, String member) {
            return Columns.JPQL.visibleTo(alias, member);
        }

        /** A Comment a visitor may read (its idea's own visibility is checked separately). */
        public static String comment(String alias) {
            return Columns.JPQL.visible(alias);
        }

        /** {@link Visibility#ideaForStaff(String)} over the entity: not hidden, held or not. */
        public static String ideaForStaff(String alias) {
            return Columns.JPQL.notHidden(alias);
        }
    }

    /** The rule once, over the names the two query languages give the same columns. */
    private enum Columns {
        SQL("hidden_at", "held_at", "author_id"),
        JPQL("hiddenAt", "heldAt", "authorId");

        private final String hidden;
        private final String held;
        private final String author;

        Columns(String hidden, String held, String author) {
            this.hidden = hidden;
            this.held = held;
            this.author = author;
        }

        String notHidden(String alias) {
            return alias + "." + hidden + " IS NULL";
        }

        String visible(String alias) {
            return notHidden(alias) + " AND " + alias + "." + held + " IS NULL";
        }

        String visibleTo(String alias, String member) {
            return notHidden(alias) + " AND (" + alias + "." + held + " IS NULL OR " + alias + "." + author + " = " + member + ")";
        }
    }
}
