package org.idealoop.domain.vote;

import java.util.Locale;
import org.idealoop.domain.InvalidFieldException;

/** Promote (up) or demote (down). */
public enum VoteDirection {
    UP,
    DOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VoteDirection parse(String text) {
        if ("up".equals(text)) {
            return UP;
        }
        if ("down".equals(text)) {
            return DOWN;
        }
        throw new InvalidFieldException("direction", "vote.direction.invalid");
    }
}
