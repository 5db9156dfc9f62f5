package org.idealoop.interfaces.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.idealoop.application.AuthenticationService;
import org.idealoop.application.ClientAddresses;
import org.idealoop.application.MemberService;
import org.idealoop.application.Messages;
import org.idealoop.application.RequestCookies;
import org.idealoop.application.Secrets;
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
 * OpenID Connect mechanism it delegates to, is the one Jakarta Security calls. Roles come fresh from the database on
 * every request, so a revoked role or a disabled account takes effect at once.
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
    MemberService members;

    @Inject
    OidcSettings oidc;

    @Inject
    ClientAddresses addresses;

    @Inject
    BaseUrl baseUrl;

    @Inject
    BeanManager beanManager;

    @Inject
    Instance<OpenIdContext> openIdContext;

    private static final Logger LOG = Logger.getLogger(IdealoopAuthentication.class.getName());

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getServletPath();
        if (oidc.isEnabled() && (path.equals("/oidc/login") || path.equals("/oidc/callback"))) {
            return singleSignOn(request, response, context, path.equals("/oidc/login"));
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
            Optional<Member> member = members.find(id).filter(Member::isActive)
                    .filter(m -> credentialStamp(m).equals(session.getAttribute(SESSION_STAMP)));
            if (member.isPresent()) {
                return login(request, context, member.get(), "session");
            }
            session.invalidate();
        }
        Optional<String> remembered = cookie(request, REMEMBER_COOKIE);
        if (remembered.isPresent()) {
            Optional<Member> member = authentication.authenticateRememberMe(remembered.get());
            if (member.isPresent()) {
                startSession(request, member.get());
                return login(request, context, member.get(), "session");
            }
            forgetCookie(request, response);
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
            startSession(request, member);
            if (rememberMe) {
                AuthenticationService.IssuedToken token = authentication.issue(member.id(), TokenPurpose.REMEMBER_ME);
                Cookie cookie = new Cookie(REMEMBER_COOKIE, token.secret());
                cookie.setHttpOnly(true);
                cookie.setSecure(request.isSecure());
                cookie.setPath(cookiePath(request));
                cookie.setMaxAge((int) TokenPurpose.REMEMBER_ME.lifetime().orElseThrow().toSeconds());
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
            }
            return login(request, context, member, "session");
        } catch (ThrottledException | NotSignedInException e) {
            request.setAttribute(FAILURE, e);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /**
     * Hands the OpenID Connect dance to Jakarta Security's mechanism (Soteria): /oidc/login redirects
     * to the provider, /oidc/callback comes back with the code. Once the provider vouches for the
     * caller, the caller becomes a local member with our own session, like any other sign-in.
     */
    private AuthenticationStatus singleSignOn(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context, boolean start) {
        HttpAuthenticationMechanism openId = openIdMechanism();
        try {
            if (start) {
                return openId.validateRequest(request, response, new HttpMessageContextWrapper(context) {
                    @Override
                    public boolean isProtected() {
                        return true; // makes the mechanism redirect to the provider
                    }
                });
            }
            AuthenticationStatus status = openId.validateRequest(request, response, context);
            if (status != AuthenticationStatus.SUCCESS) {
                return status;
            }
            OpenIdContext claims = openIdContext.get();
            JwtClaims token = claims.getIdentityToken().getJwtClaims();
            Optional<java.util.Set<Role>> roles = token.getArrayStringClaim(oidc.getRolesClaim()).isEmpty()
                    ? Optional.empty()
                    : Optional.of(oidc.rolesFor(token.getArrayStringClaim(oidc.getRolesClaim())));
            Member member = authentication.signInWithSingleSignOn(claims.getSubject(),
                    token.getStringClaim("email").orElse(null), emailVerified(claims),
                    token.getStringClaim("name").orElse(null), roles,
                    oidc.getAccountClaim().flatMap(token::getStringClaim));
            startSession(request, member);
            return context.redirect(RedirectLocations.location(request, baseUrl.value(), "/"));
        } catch (RuntimeException | jakarta.security.enterprise.AuthenticationException e) {
            LOG.log(Level.WARNING, "Single sign-on failed", e);
            return context.redirect(RedirectLocations.location(request, baseUrl.value(), "/sign-in?sso=failed"));
        }
    }

    /** The provider's word that the address belongs to the caller (userinfo's email_verified). */
    private static boolean emailVerified(OpenIdContext claims) {
        try {
            jakarta.json.JsonValue verified = claims.getClaimsJson().get("email_verified");
            return verified == jakarta.json.JsonValue.TRUE
                    || (verified instanceof jakarta.json.JsonString text && "true".equals(text.getString()));
        } catch (RuntimeException noUserInfo) {
            return false;
        }
    }

    private HttpAuthenticationMechanism openIdMechanism() {
        // The mechanism Soteria made from OidcSettings' annotation: the one that is not an alternative.
        Bean<?> bean = beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
                .filter(candidate -> !candidate.isAlternative())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism"));
        return (HttpAuthenticationMechanism) beanManager.getReference(bean, HttpAuthenticationMechanism.class,
                beanManager.createCreationalContext(bean));
    }

    /** A new session id at every sign-in (no session fixation), with its own CSRF token. */
    private static void startSession(HttpServletRequest request, Member member) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_MEMBER, member.id());
        session.setAttribute(SESSION_CSRF, Secrets.newToken());
        session.setAttribute(SESSION_STAMP, credentialStamp(member));
    }

    /** After the member changed their own password in this session, it stays signed in (others end). */
    public void renewCredentialStamp(HttpServletRequest request, Member member) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_STAMP, credentialStamp(member));
        }
    }

    private static String credentialStamp(Member member) {
        return Secrets.hash(member.passwordHash().orElse("") + "|" + member.oidcSubject().orElse(""));
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
        cookie(request, REMEMBER_COOKIE).ifPresent(authentication::revokeRememberMe);
        forgetCookie(request, response);
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

    private static void forgetCookie(HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(REMEMBER_COOKIE, "");
        cookie.setPath(cookiePath(request));
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    private static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        return RequestCookies.value(request, name);
    }

    static final class Problems {
        private Problems() {
        }

        static AuthenticationStatus write(HttpServletResponse response, int status, String detail) {
            try {
                response.setStatus(status);
                response.setContentType("application/problem+json"); // JSON is UTF-8 by definition
                if (status == 401) {
                    response.setHeader("WWW-Authenticate", "Bearer realm=\"idealoop\"");
                }
                String json = jakarta.json.Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", status == 401 ? "Unauthorized" : "Forbidden")
                        .add("status", status)
                        .add("detail", detail)
                        .build().toString();
                response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the client went away
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }
}
