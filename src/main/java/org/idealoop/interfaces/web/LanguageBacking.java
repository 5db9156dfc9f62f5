package org.idealoop.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.idealoop.application.CurrentLanguage;
import org.idealoop.domain.member.Language;

/** The page's language for the template: {@code <html lang dir>} and the footer's language switch. */
@Named("language")
@RequestScoped
public class LanguageBacking {

    @Inject
    CurrentLanguage current;

    public Language getCurrent() {
        return current.language();
    }

    public String getTag() {
        return current.language().tag();
    }

    /** {@code rtl} for a language written right to left: the browser then mirrors the layout. */
    public String getDirection() {
        return current.language().isRightToLeft() ? "rtl" : "ltr";
    }

    public List<Language> getAll() {
        return List.of(Language.values());
    }

    /** The page to come back to after switching: this one, with its query. */
    public String getBack() {
        return Pages.thisPage();
    }
}
