package org.idealoop.domain.member;

import org.idealoop.domain.InvalidFieldException;

/** The name a member is shown by: 2 to 60 characters, no control characters. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 60;

    public DisplayName {
        String trimmed = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw new InvalidFieldException("displayName", "member.displayName.required");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < 2 || length > MAX_LENGTH || trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("displayName", "member.displayName.length");
        }
        org.idealoop.domain.text.PlainText.requireLine("displayName", trimmed);
        value = trimmed;
    }

    /** Up to two initials for the avatar drawn when there is no picture. */
    public static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty() && initials.codePointCount(0, initials.length()) < 2) {
                initials.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return initials.toString();
    }
}
