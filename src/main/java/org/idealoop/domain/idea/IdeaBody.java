package org.idealoop.domain.idea;

import org.idealoop.domain.InvalidFieldException;

/** An idea's body: optional, at most 10,000 characters. */
public record IdeaBody(String value) {

    public static final int MAX_LENGTH = 10_000;

    public IdeaBody {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new InvalidFieldException("body", "idea.body.length");
        }
        org.idealoop.domain.text.PlainText.requireStorable("body", trimmed);
        value = trimmed;
    }
}
