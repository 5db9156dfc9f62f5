package org.idealoop.domain.moderation;

import java.util.Locale;
import java.util.Optional;

/** Why a member flags content; "duplicate" names the original idea, "other" needs a text. */
public enum FlagReason {
    SPAM, ABUSE, OFF_TOPIC, DUPLICATE, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FlagReason> fromId(String id) {
        for (FlagReason reason : values()) {
            if (reason.id().equals(id)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
