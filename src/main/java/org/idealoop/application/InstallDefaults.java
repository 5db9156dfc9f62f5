package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.idealoop.domain.member.Language;

/**
 * What the install speaks when nobody said otherwise: the language of feeds, of mail to members who
 * chose none, and of pages for browsers that ask for a language Idealoop does not speak.
 */
@ApplicationScoped
public class InstallDefaults {

    public Language language() {
        return Language.ENGLISH;
    }

    public Locale locale() {
        return language().locale();
    }
}
