package org.idealoop.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.idealoop.application.BrandingService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.branding.BrandImage;
import org.idealoop.domain.branding.Branding;
import org.idealoop.domain.branding.FooterLink;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/branding: the community's name, tagline, colour, footer links, default language and theme,
 * logo and favicon (the API's {@code /admin/branding}; the input ids are its field names). A saved
 * change redirects, so the page that follows already wears it. Footer links are typed one a line,
 * {@code Label | https://address}.
 */
@Named
@RequestScoped
public class BrandingAdminBacking {

    static final String SEPARATOR = "|";

    @Inject
    BrandingService branding;

    private String communityName;
    private String tagline;
    private String primaryColour;
    private String footerLinks;
    private String defaultLanguage;
    private String defaultTheme;
    private Part logo;
    private Part favicon;

    @PostConstruct
    void load() {
        Branding current = branding.current();
        communityName = current.communityName();
        tagline = current.tagline();
        primaryColour = current.primaryColour().hex();
        footerLinks = current.footerLinks().stream().map(l -> l.label() + " " + SEPARATOR + " " + l.url())
                .collect(Collectors.joining("\n"));
        defaultLanguage = current.defaultLanguage();
        defaultTheme = current.defaultTheme();
    }

    public void save() {
        branding.save(communityName, tagline, primaryColour, links(footerLinks), defaultLanguage, defaultTheme);
        done("branding.saved");
    }

    public void uploadLogo() {
        branding.saveImage(Branding.ImageKind.LOGO, bytes("logo", logo));
        done("branding.logo.saved");
    }

    public void uploadFavicon() {
        branding.saveImage(Branding.ImageKind.FAVICON, bytes("favicon", favicon));
        done("branding.favicon.saved");
    }

    public void reset() {
        branding.reset();
        done("branding.reset.done");
    }

    private static void done(String key) {
        Pages.info(key);
        Pages.keepMessages();
        Pages.redirect("/admin/branding");
    }

    /** One link a line; a line without the separator is a link without an address, which is refused. */
    static List<FooterLink> links(String text) {
        List<FooterLink> links = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int at = line.lastIndexOf(SEPARATOR);
            links.add(at < 0 ? new FooterLink(line.strip(), "")
                    : new FooterLink(line.substring(0, at).strip(), line.substring(at + 1).strip()));
        }
        return links;
    }

    /** A file over the limit is refused before it is read. */
    private static byte[] bytes(String field, Part part) {
        if (part == null || part.getSize() == 0) {
            throw new InvalidFieldException(field, "branding.image.missing");
        }
        if (part.getSize() > BrandImage.MAX_BYTES) {
            throw new InvalidFieldException(field, "branding.image.large");
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> getLanguages() {
        return Branding.LANGUAGES;
    }

    public List<String> getThemes() {
        return Branding.THEMES;
    }

    public String getCommunityName() {
        return communityName;
    }

    public void setCommunityName(String communityName) {
        this.communityName = communityName;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    public String getPrimaryColour() {
        return primaryColour;
    }

    public void setPrimaryColour(String primaryColour) {
        this.primaryColour = primaryColour;
    }

    public String getFooterLinks() {
        return footerLinks;
    }

    public void setFooterLinks(String footerLinks) {
        this.footerLinks = footerLinks;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public String getDefaultTheme() {
        return defaultTheme;
    }

    public void setDefaultTheme(String defaultTheme) {
        this.defaultTheme = defaultTheme;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }

    public Part getFavicon() {
        return favicon;
    }

    public void setFavicon(Part favicon) {
        this.favicon = favicon;
    }
}
