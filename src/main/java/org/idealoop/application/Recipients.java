package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.idealoop.domain.member.Language;
import org.idealoop.domain.member.Member;

/**
 * Mail speaks the recipient's language: the one the member chose (or signed up in), else the install's
 * default. Every mail text goes through here, so no mail is written in a language nobody asked for.
 */
@ApplicationScoped
public class Recipients {

    @Inject
    InstallDefaults defaults;

    public Locale locale(Member member) {
        return member.language().map(Language::locale).orElseGet(defaults::locale);
    }

    /** The locale of a stored language tag (null or unknown: the install's default). */
    public Locale locale(String languageTag) {
        return Language.of(languageTag).map(Language::locale).orElseGet(defaults::locale);
    }

    public String text(Member member, String key, Object... arguments) {
        return Messages.text(locale(member), key, arguments);
    }
}
