package org.idealoop.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.member.Role;
import org.idealoop.infrastructure.config.BaseUrl;

/**
 * Single sign-on through Jakarta Security's OpenID Connect mechanism, switched on by configuring an
 * issuer. The mechanism reads its settings from this bean (Soteria evaluates the expressions on first
 * use, so an install without OIDC never contacts a provider).
 *
 * <p>Roles: the claim {@code idealoop.oidc.roles-claim} (default {@code groups}) lists group names;
 * {@code idealoop.oidc.role-mapping} maps them to roles, e.g. {@code idealoop-admins=ADMIN,pm=PRODUCT_MANAGER}.
 * A group named like a role (case aside) maps to that role without configuration.
 */
@Named("oidcConfig")
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.issuer}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${oidcConfig.redirectUri}",
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "${oidcConfig.rolesClaim}"))
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "idealoop.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "idealoop.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "idealoop.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "idealoop.oidc.roles-claim", defaultValue = "groups")
    String rolesClaim;

    @Inject
    @ConfigProperty(name = "idealoop.oidc.role-mapping")
    Optional<String> roleMapping;

    @Inject
    @ConfigProperty(name = "idealoop.oidc.account-claim")
    Optional<String> accountClaim;

    @Inject
    BaseUrl baseUrl;

    public boolean isEnabled() {
        return issuer.filter(s -> !s.isBlank()).isPresent() && clientId.filter(s -> !s.isBlank()).isPresent();
    }

    public String getIssuer() {
        return issuer.orElse("");
    }

    public String getClientId() {
        return clientId.orElse("");
    }

    /** Never null: the mechanism turns it into a char array. */
    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    /** From the configured base URL: Soteria's ${baseURL} would take the request's Host header. */
    public String getRedirectUri() {
        return baseUrl.of("/oidc/callback");
    }

    public String getRolesClaim() {
        return rolesClaim;
    }

    /** The claim naming the caller's customer account (its domain or name); empty: accounts are not taken from the provider. */
    public Optional<String> getAccountClaim() {
        return accountClaim.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The roles the given group names grant. */
    public Set<Role> rolesFor(List<String> groups) {
        Map<String, Role> mapping = new HashMap<>();
        for (Role role : Role.values()) {
            mapping.put(role.name().toLowerCase(Locale.ROOT), role);
        }
        roleMapping.ifPresent(text -> {
            for (String pair : text.split(",")) {
                String[] parts = pair.split("=", 2);
                if (parts.length == 2) {
                    try {
                        mapping.put(parts[0].strip().toLowerCase(Locale.ROOT),
                                Role.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException unknownRole) {
                        // ignored: only known roles can be granted
                    }
                }
            }
        });
        Set<Role> roles = EnumSet.of(Role.MEMBER);
        for (String group : groups) {
            Role role = mapping.get(group.strip().toLowerCase(Locale.ROOT));
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }
}
