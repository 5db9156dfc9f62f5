package org.idealoop.application;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The value of a cookie the browser sent: sign-in, language, theme and time zone all read theirs here. */
public final class RequestCookies {

    private RequestCookies() {
    }

    /** The first cookie of that name with a value; empty when there is none or it is blank. */
    public static Optional<String> value(HttpServletRequest request, String name) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
