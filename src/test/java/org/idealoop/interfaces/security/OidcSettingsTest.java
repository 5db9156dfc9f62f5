package org.idealoop.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.member.Role;
import org.junit.jupiter.api.Test;

class OidcSettingsTest {

    private static OidcSettings settings(String mapping) {
        OidcSettings settings = new OidcSettings();
        settings.issuer = Optional.of("https://id.example.org");
        settings.clientId = Optional.of("idealoop");
        settings.clientSecret = Optional.empty();
        settings.rolesClaim = "groups";
        settings.roleMapping = Optional.ofNullable(mapping);
        return settings;
    }

    @Test
    void configuredGroupsMapToRolesAndOthersAreIgnored() {
        OidcSettings settings = settings("idealoop-admins=ADMIN, pms = product_manager, x=NOT_A_ROLE");

        assertEquals(EnumSet.of(Role.MEMBER, Role.ADMIN, Role.PRODUCT_MANAGER),
                settings.rolesFor(List.of("idealoop-admins", "pms", "x", "staff")));
    }

    @Test
    void aGroupNamedLikeARoleMapsWithoutConfiguration() {
        assertEquals(EnumSet.of(Role.MEMBER, Role.MODERATOR), settings(null).rolesFor(List.of("Moderator")));
    }

    @Test
    void singleSignOnIsOffWithoutIssuerOrClient() {
        OidcSettings settings = settings(null);
        settings.issuer = Optional.of(" ");

        assertFalse(settings.isEnabled());
        assertEquals("", settings.getClientSecret());
    }
}
