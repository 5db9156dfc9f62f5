package org.idealoop.interfaces.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.idealoop.application.RequestCookies;
import org.idealoop.application.Secrets;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.TokenPurpose;

/** The member's HTTP session and remember-me cookie, as {@link IdealoopAuthentication} keeps them. */
final class MemberSessions {

    private MemberSessions() {
    }

    /** A new session id at every sign-in (no session fixation), with its own CSRF token. */
    static void start(HttpServletRequest request, Member member) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(IdealoopAuthentication.SESSION_MEMBER, member.id());
        session.setAttribute(IdealoopAuthentication.SESSION_CSRF, Secrets.newToken());
        session.setAttribute(IdealoopAuthentication.SESSION_STAMP, credentialStamp(member));
    }

    static String credentialStamp(Member member) {
        return Secrets.hash(member.passwordHash().orElse("") + "|" + member.oidcSubject().orElse(""));
    }

    /** Remembers the member on this browser: the cookie holds the secret of a REMEMBER_ME token. */
    static void remember(HttpServletRequest request, HttpServletResponse response, String secret) {
        Cookie cookie = new Cookie(IdealoopAuthentication.REMEMBER_COOKIE, secret);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(cookiePath(request));
        cookie.setMaxAge((int) TokenPurpose.REMEMBER_ME.lifetime().orElseThrow().toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    static void forgetCookie(HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(IdealoopAuthentication.REMEMBER_COOKIE, "");
        cookie.setPath(cookiePath(request));
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    private static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }

    static Optional<String> cookie(HttpServletRequest request, String name) {
        return RequestCookies.value(request, name);
    }
}
