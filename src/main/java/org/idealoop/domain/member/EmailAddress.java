package org.idealoop.domain.member;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import org.idealoop.domain.InvalidFieldException;

/** A member's e-mail address: a single plain address (no display name), stored in lower case. */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidFieldException("email", "member.email.required");
        }
        if (trimmed.length() > MAX_LENGTH || !isPlainAddress(trimmed)) {
            throw new InvalidFieldException("email", "member.email.invalid");
        }
        value = trimmed.toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAddress(String text) {
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            String plain = address.getAddress();
            int at = plain.indexOf('@');
            return plain.equals(text) && at > 0 && plain.indexOf('.', at) > at + 1 && !plain.endsWith(".");
        } catch (AddressException e) {
            return false;
        }
    }
}
