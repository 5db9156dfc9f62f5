package org.idealoop.interfaces.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.idealoop.application.AuthenticationService;
import org.idealoop.application.ClientAddresses;
import org.idealoop.application.SignedInMembers;
import org.idealoop.application.Messages;
import org.idealoop.domain.NotSignedInException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.member.ThrottledException;
import org.idealoop.domain.member.TokenPurpose;
import org.idealoop.infrastructure.config.BaseUrl;

/**
 * The one Jakarta Security mechanism of Idealoop. In order: a sign-in from the sign-in page
 * ({@code SecurityContext.authenticate} with a password credential); a bearer token (API); the
 * member kept in the HTTP session; a remember-me cookie. It is an alternative so that it, not the
 * OpenID Connect mechanism {@link SingleSignOn} delegates to, is the one Jakarta Security calls. The member
 * and their roles come from {@link SignedInMembers} (memory, for seconds), which forgets them when a change
 * commits, so a revoked token or role, or a disabled account, takes effect at the next request.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class IdealoopAuthentication implements HttpAuthenticationMechanism {

    public static final String SESSION_MEMBER = "org.idealoop.member";
    public static final String SESSION_CSRF = "org.idealoop.csrf";
    /** A fingerprint of the member's credentials when the session began; a password change ends the session. */
    public static final String SESSION_STAMP = "org.idealoop.credentials";
    public static final String REMEMBER_COOKIE = "idealoop_remember";
    /** Request attribute: how the caller was authenticated ("bearer" or "session"). */
    public static final String AUTHENTICATED_BY = "org.idealoop.authenticatedBy";
    /** Request attribute: why a sign-in failed (the exception). */
    public static final String FAILURE = "org.idealoop.signInFailure";

    @Inject
    AuthenticationService authentication;

    @Inject
    SignedInMembers signedIn;

    @Inject
    OidcSettings oidc;

    @Inject
    SingleSignOn singleSignOn;

    @Inject
    ClientAddresses addresses;

    @Inject
    BaseUrl baseUrl;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getServletPath();
        if (oidc.isEnabled() && (path.equals("/oidc/login") || path.equals("/oidc/callback"))) {
            return singleSignOn.validate(request, response, context, path.equals("/oidc/login"));
        }
        AuthenticationParameters parameters = context.getAuthParameters();
        if (context.isAuthenticationRequest() && parameters != null
                && parameters.getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(request, response, context, credential, parameters.isRememberMe());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Member> member = authentication.authenticateBearer(authorization.substring(7).strip());
            if (member.isPresent()) {
                return login(request, context, member.get(), "bearer");
            }
            return Problems.write(response, 401, Messages.text(request.getLocale(), "auth.token.invalid"));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_MEMBER) instanceof Long id) {
            Optional<Member> member = signedIn.find(id).filter(Member::isActive)
                    .filter(m -> MemberSessions.credentialStamp(m).equals(session.getAttribute(SESSION_STAMP)));
            if (member.isPresent()) {
                return login(request, context, member.get(), "session");
            }
            session.invalidate();
        }
        Optional<String> remembered = MemberSessions.cookie(request, REMEMBER_COOKIE);
        if (remembered.isPresent()) {
            Optional<Member> member = authentication.authenticateRememberMe(remembered.get());
            if (member.isPresent()) {
                MemberSessions.start(request, member.get());
                return login(request, context, member.get(), "session");
            }
            MemberSessions.forgetCookie(request, response);
        }
        // isAuthenticationRequest() without a credential: a component asked "who is this?"
        // (request.authenticate()); nobody is the answer, and the door decides what that means.
        if (context.isProtected() && !context.isAuthenticationRequest()) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                return Problems.write(response, 401, Messages.text(request.getLocale(), "auth.required"));
            }
            String next = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            // Runs before any filter, so it builds its own Location: never from the Host header.
            return context.redirect(RedirectLocations.location(request, baseUrl.value(),
                    "/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context, UsernamePasswordCredential credential,
                                        boolean rememberMe) {
        try {
            Member member = authentication.signIn(credential.getCaller(), credential.getPasswordAsString(),
                    addresses.of(request));
            MemberSessions.start(request, member);
            if (rememberMe) {
                AuthenticationService.IssuedToken token = authentication.issue(member.id(), TokenPurpose.REMEMBER_ME);
                MemberSessions.remember(request, response, token.secret());
            }
            return login(request, context, member, "session");
        } catch (ThrottledException | NotSignedInException e) {
            request.setAttribute(FAILURE, e);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /** After the member changed their own password in this session, it stays signed in (others end). */
    public void renewCredentialStamp(HttpServletRequest request, Member member) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_STAMP, MemberSessions.credentialStamp(member));
        }
    }

    private static AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context,
                                              Member member, String by) {
        request.setAttribute(AUTHENTICATED_BY, by);
        HttpSession session = "session".equals(by) ? request.getSession(false) : null;
        if (session != null) {
            // The API's CSRF check compares the X-CSRF-Token header with this.
            request.setAttribute(SESSION_CSRF, session.getAttribute(SESSION_CSRF));
        }
        Set<String> groups = member.roles().stream().map(Role::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(String.valueOf(member.id()), groups);
    }

    /** Signs out: the session ends and the remember-me token is revoked. */
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        MemberSessions.cookie(request, REMEMBER_COOKIE).ifPresent(authentication::revokeRememberMe);
        MemberSessions.forgetCookie(request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session is gone already; nothing else to undo
        }
    }
}
