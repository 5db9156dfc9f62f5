package org.idealoop.domain.idea;

import org.idealoop.domain.InvalidFieldException;

/** An idea's title: 5 to 120 characters once surrounding white space is trimmed. */
public record IdeaTitle(String value) {

    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 120;

    public IdeaTitle {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidFieldException("title", "idea.title.required");
        }
        if (org.idealoop.domain.text.PlainText.visibleLength(trimmed) == 0) { // zero-width spaces only
            throw new InvalidFieldException("title", "idea.title.required");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidFieldException("title", "idea.title.length");
        }
        org.idealoop.domain.text.PlainText.requireLine("title", trimmed);
        value = trimmed;
    }
}
