package org.idealoop.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.idealoop.application.CurrentLanguage;
import org.idealoop.application.CurrentMember;
import org.idealoop.application.PreferencesService;
import org.idealoop.domain.member.Language;

/**
 * The language switch in every page's footer (a form of plain buttons, so it works without scripts):
 * remembers the language in a cookie for a year, for a signed-in member also as their choice (so mail
 * follows), and goes back to the page it was used on. A language Idealoop does not speak changes
 * nothing; a page to go back to on another site is never followed.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentMember currentMember;

    @Inject
    transient PreferencesService preferences;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Language> language = Language.of(request.getParameter("to"));
        if (language.isPresent()) {
            Pages.rememberForAYear(request, response, CurrentLanguage.COOKIE, language.get().tag());
            if (currentMember.isSignedIn()) {
                preferences.chooseLanguage(language.get());
            }
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + Pages.safeNext(request.getParameter("back")));
    }
}
