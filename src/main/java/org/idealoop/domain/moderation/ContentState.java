package org.idealoop.domain.moderation;

import java.util.Optional;

/**
 * The moderation-relevant state of an idea or a comment.
 *
 * @param ideaNumber the idea itself, or the idea a comment belongs to
 */
public record ContentState(ContentType type, long id, long ideaNumber, Optional<Long> authorId, String title,
                           String body, boolean hidden, boolean held, boolean locked, boolean pinned, long version) {

    /** A short, readable picture of the state for the audit log. */
    public String describe() {
        return "hidden=" + hidden + " held=" + held + (type == ContentType.IDEA ? " locked=" + locked + " pinned=" + pinned : "")
                + " version=" + version;
    }
}
