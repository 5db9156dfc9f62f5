package org.idealoop.domain.moderation;

import java.util.Locale;
import java.util.Optional;

/**
 * What a moderator does: to an idea, a comment or a story (hide to merge), or to a member (warn to
 * lift). {@link #id()} is the name the API takes and the audit log records.
 */
public enum ModerationAction {
    HIDE, RESTORE, LOCK, UNLOCK, PIN, UNPIN, EDIT, MOVE, MERGE, APPROVE, DISMISS, WARN, SUSPEND, BAN, LIFT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Warn, suspend, ban and lift act on a member, every other action on content. */
    public boolean onMember() {
        return this == WARN || this == SUSPEND || this == BAN || this == LIFT;
    }

    /** Taking something away from readers or from a member needs a reason the audit log keeps. */
    public boolean needsReason() {
        return this == HIDE || this == EDIT || this == WARN || this == SUSPEND || this == BAN;
    }

    public static Optional<ModerationAction> fromId(String id) {
        for (ModerationAction action : values()) {
            if (action.id().equals(id)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
