package org.idealoop.domain.moderation;

import org.idealoop.domain.ConflictException;

/**
 * The refusal of a moderation verb called on an item already in the state it asks for (hide a hidden
 * idea, approve a comment not held): the moderator read the item a moment ago, so another moderator
 * must have acted in between. The API answers 409 and the desk shows the message beside the item.
 */
public final class ModerationConflict {

    private ModerationConflict() {
    }

    public static ConflictException changedMeanwhile() {
        return new ConflictException("id", "moderation.conflict");
    }

    /** Throws {@link #changedMeanwhile()} unless the change is allowed. */
    public static void unless(boolean allowed) {
        if (!allowed) {
            throw changedMeanwhile();
        }
    }
}
