package org.idealoop.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.Resource;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.idealoop.application.BrandingService;
import org.idealoop.application.Messages;
import org.idealoop.domain.branding.Branding;
import org.idealoop.domain.branding.Colour;
import org.idealoop.domain.branding.FooterLink;
import org.idealoop.interfaces.branding.BrandingServlet;

/**
 * The template's view of the branding ({@code #{brand.name}}, {@code #{brand.logoUrl}} ...): read once
 * per request. Until an admin brands the install, the name and tagline are the bundle's, in the page's
 * language.
 */
@Named("brand")
@RequestScoped
public class Brand {

    @Inject
    BrandingService branding;

    @Inject
    ThemeBacking theme;

    private Branding current;

    private Branding current() {
        if (current == null) {
            current = branding.current();
        }
        return current;
    }

    public String getName() {
        return current().stored() ? current().communityName() : Messages.text(Pages.locale(), "app.name");
    }

    public String getTagline() {
        return current().stored() ? current().tagline() : Messages.text(Pages.locale(), "app.tagline");
    }

    /** The footer's sentence, naming the community as branded. */
    public String getFooter() {
        return Messages.branded(Pages.locale(), getName(), "app.footer");
    }

    public List<FooterLink> getFooterLinks() {
        return current().footerLinks();
    }

    /** The language a visitor gets before choosing one (en, de, es, fr, ar): for the locale resolution. */
    public String getDefaultLanguage() {
        return current().defaultLanguage();
    }

    /** The theme a visitor gets before choosing one (light, dark, brand, system): for the theme switch. */
    public String getDefaultTheme() {
        return current().defaultTheme();
    }

    /** The uploaded logo, else the theme's (the brand example has its own). */
    public String getLogoUrl() {
        return current().logoVersion()
                .map(v -> Pages.request().getContextPath() + "/branding/logo?v=" + v)
                .orElseGet(() -> resourceUrl(theme.getLogo()));
    }

    /** The uploaded favicon, else the logo (uploaded or the theme's). */
    public String getFaviconUrl() {
        return current().faviconVersion()
                .map(v -> Pages.request().getContextPath() + "/branding/favicon?v=" + v)
                .orElseGet(this::getLogoUrl);
    }

    /** Whether an admin chose a colour of their own (the built-in one is the theme's). */
    public boolean isColourSet() {
        return current().stored() && !Colour.TEAL.equals(current().primaryColour());
    }

    private static String resourceUrl(String resourceId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String[] parts = resourceId.split(":", 2);
        Resource resource = faces.getApplication().getResourceHandler().createResource(parts[1], parts[0]);
        return resource == null ? "" : resource.getRequestPath();
    }

    public String getFaviconType() {
        return branding.image(current().faviconVersion().isPresent() ? Branding.ImageKind.FAVICON : Branding.ImageKind.LOGO)
                .map(image -> image.contentType()).orElse("image/svg+xml");
    }

    public String getStylesheetUrl() {
        return Pages.request().getContextPath() + "/branding.css?v=" + BrandingServlet.cssVersion(current());
    }
}
