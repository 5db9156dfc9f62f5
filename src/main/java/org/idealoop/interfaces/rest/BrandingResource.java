package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.BrandingService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.branding.Branding;
import org.idealoop.domain.branding.FooterLink;
import org.idealoop.domain.member.Role;

/**
 * White-label branding admins change at run time: texts, colour, footer links, default language and
 * theme, and the logo and favicon (raw image bytes; the type is read from them).
 */
@Path("admin/branding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class BrandingResource {

    @Inject
    BrandingService branding;

    @GET
    @Operation(summary = "The branding pages, mails and feeds show now (the built-in one until an admin changes it)")
    public BrandingDto current() {
        return BrandingDto.of(branding.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set name, tagline, primary colour (#rgb or #rrggbb, 4.5:1 against white text and the page),"
            + " footer links (http or https), default language (en, de, es, fr, ar) and theme (light, dark, brand, system)")
    public BrandingDto change(BrandingInput body) {
        if (body == null) {
            throw new InvalidFieldException(null, "api.body.notObject");
        }
        List<FooterLink> links = body.footerLinks() == null ? List.of() : body.footerLinks().stream()
                .map(l -> l == null ? null : new FooterLink(l.label(), l.url())).toList();
        branding.save(body.communityName(), body.tagline(), body.primaryColour(), links, body.defaultLanguage(),
                body.defaultTheme());
        return BrandingDto.of(branding.current());
    }

    @DELETE
    @Operation(summary = "Back to the built-in branding (texts, colour, links, defaults, logo and favicon)")
    public Response reset() {
        branding.reset();
        return Response.noContent().build();
    }

    @PUT
    @Path("logo")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the logo: PNG, JPEG, GIF, WebP, ICO or SVG without scripts, at most 1 MB")
    public ImageDto logo(byte[] image) {
        String version = branding.saveImage(Branding.ImageKind.LOGO, image);
        return new ImageDto(version, "/branding/logo?v=" + version);
    }

    @PUT
    @Path("favicon")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the favicon: PNG, JPEG, GIF, WebP, ICO or SVG without scripts, at most 1 MB")
    public ImageDto favicon(byte[] image) {
        String version = branding.saveImage(Branding.ImageKind.FAVICON, image);
        return new ImageDto(version, "/branding/favicon?v=" + version);
    }

    public record LinkDto(String label, String url) {
    }

    public record BrandingInput(String communityName, String tagline, String primaryColour, List<LinkDto> footerLinks,
                                String defaultLanguage, String defaultTheme) {
    }

    public record BrandingDto(String communityName, String tagline, String primaryColour, List<LinkDto> footerLinks,
                              String defaultLanguage, String defaultTheme, String logoUrl, String faviconUrl,
                              boolean custom) {
        static BrandingDto of(Branding b) {
            return new BrandingDto(b.communityName(), b.tagline(), b.primaryColour().hex(),
                    b.footerLinks().stream().map(l -> new LinkDto(l.label(), l.url())).toList(),
                    b.defaultLanguage(), b.defaultTheme(),
                    "/branding/logo?v=" + b.logoVersion().orElse("built-in"),
                    b.faviconVersion().map(v -> "/branding/favicon?v=" + v).orElse(null), b.stored());
        }
    }

    public record ImageDto(String version, String url) {
    }
}
