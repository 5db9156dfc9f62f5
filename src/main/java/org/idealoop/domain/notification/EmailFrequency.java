package org.idealoop.domain.notification;

import java.util.Locale;
import java.util.Optional;

/** How a member wants notifications by e-mail: each at once, one digest a day, or none. */
public enum EmailFrequency {
    INSTANT, DAILY, NEVER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EmailFrequency> fromId(String id) {
        for (EmailFrequency f : values()) {
            if (f.id().equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
