package org.idealoop.domain.idea;

import java.util.Locale;
import java.util.Optional;
import org.idealoop.domain.BundleText;

/** Where an idea stands. Stable lower-case ids in JSON and the database; closed ideas take no votes. */
public enum IdeaStatus {
    NEW,
    UNDER_REVIEW,
    PLANNED,
    IN_PROGRESS,
    DELIVERED(true),
    DECLINED(true),
    DUPLICATE(true),
    ARCHIVED(true);

    private final boolean closed;

    IdeaStatus() {
        this(false);
    }

    IdeaStatus(boolean closed) {
        this.closed = closed;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean acceptsVotes() {
        return !closed;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status's name in the reader's language, as a message argument. */
    public BundleText label() {
        return new BundleText("idea.status." + id());
    }

    public static Optional<IdeaStatus> fromId(String id) {
        for (IdeaStatus status : values()) {
            if (status.id().equals(id)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
