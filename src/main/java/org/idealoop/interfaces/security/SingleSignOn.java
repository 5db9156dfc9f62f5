package org.idealoop.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.idealoop.application.AuthenticationService;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.infrastructure.config.BaseUrl;

/**
 * Single sign-on for {@link IdealoopAuthentication}: hands the OpenID Connect dance to Jakarta Security's
 * mechanism (Soteria): /oidc/login redirects to the provider, /oidc/callback comes back with the code. Once the
 * provider vouches for the caller, the caller becomes a local member with our own session, like any other sign-in.
 */
@ApplicationScoped
public class SingleSignOn {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    @Inject
    AuthenticationService authentication;

    @Inject
    OidcSettings oidc;

    @Inject
    BaseUrl baseUrl;

    @Inject
    BeanManager beanManager;

    @Inject
    Instance<OpenIdContext> openIdContext;

    public AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                  boolean start) {
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
            MemberSessions.start(request, member);
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
}
