package org.idealoop.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.idealoop.domain.member.Language;

/**
 * The language of the current request. Pages: the member's choice, else the one the language switch
 * remembered in the {@value #COOKIE} cookie, else the browser's ({@code Accept-Language}), else the
 * install's default. The API answers in the language of {@code Accept-Language}, else the default.
 * A language Idealoop does not speak is passed over without an error.
 */
@RequestScoped
public class CurrentLanguage {

    /** Where the language switch remembers a visitor's choice. */
    public static final String COOKIE = "il_lang";

    @Inject
    CurrentMember currentMember;

    @Inject
    InstallDefaults defaults;

    @Inject
    Instance<HttpServletRequest> request;

    private Language language;

    public Language language() {
        if (language == null) {
            language = resolve();
        }
        return language;
    }

    public Locale locale() {
        return language().locale();
    }

    private Language resolve() {
        Optional<HttpServletRequest> current = request();
        if (current.isEmpty()) {
            return defaults.language();
        }
        HttpServletRequest http = current.get();
        boolean api = http.getRequestURI() != null && http.getRequestURI().startsWith(http.getContextPath() + "/api/");
        Optional<Language> chosen = api ? Optional.empty()
                : currentMember.find().flatMap(m -> m.language()).or(() -> cookie(http));
        return chosen.or(() -> browser(http)).orElseGet(defaults::language);
    }

    /** The browser's languages, in its order; empty when it sent none (the container would invent one). */
    public static Optional<Language> browser(HttpServletRequest http) {
        if (http.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Language.firstOf(Collections.list(http.getLocales()));
    }

    static Optional<Language> cookie(HttpServletRequest http) {
        return RequestCookies.value(http, COOKIE).flatMap(Language::of);
    }

    private Optional<HttpServletRequest> request() {
        try {
            return request.isResolvable() ? Optional.ofNullable(request.get()).filter(r -> r.getRequestURI() != null)
                    : Optional.empty();
        } catch (RuntimeException noRequest) {
            return Optional.empty();
        }
    }
}
