package org.idealoop.domain.member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.idealoop.domain.InvalidFieldException;

/** A new password must have 10 to 200 characters and not be one of the commonest passwords. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = load("org/idealoop/domain/member/common-passwords.txt");

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidFieldException(field, "member.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidFieldException(field, "member.password.short");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidFieldException(field, "member.password.long");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT)) || password.codePoints().distinct().count() == 1
                || password.isBlank()) { // "          " or "aaaaaaaaaa" is guessed first
            throw new InvalidFieldException(field, "member.password.common");
        }
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing resource " + resource));
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
