package org.idealoop.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.idealoop.application.BrandingService;
import org.idealoop.application.RequestCookies;

/**
 * Which theme a page wears. A visitor picks light, dark or system in the footer (cookie {@value #COOKIE},
 * set by {@link ThemeSwitch}); without a pick the install's default applies.
 *
 * <p>The page loads the light sheet, the dark sheet or, for "system", both with a {@code media} query on
 * {@code prefers-color-scheme}: the browser picks before its first paint, so there is no flash of the
 * wrong theme and no script (the install's CSP refuses inline scripts anyway).
 *
 * <p>The brand example takes the light slot when the install's default is "brand": "light" then shows
 * the brand theme and "system" chooses between it and dark, so the switch keeps its three choices.
 */
@Named("theme")
@RequestScoped
public class ThemeBacking {

    public static final String COOKIE = "il_theme";
    static final String LIGHT = "light";
    static final String DARK = "dark";
    static final String SYSTEM = "system";
    static final String BRAND = "brand";
    /** What the footer switch offers, in its order. */
    public static final List<String> MODES = List.of(LIGHT, DARK, SYSTEM);
    /** The Faces resource library the build makes of the theme folders (themes/NAME/...). */
    static final String LIBRARY = "idealoop-themes";

    @Inject
    HttpServletRequest request;

    @Inject
    BrandingService branding;

    /** The install's default theme, as an admin set it on /admin/branding: light, dark, system or brand. */
    public String getInstallDefault() {
        return branding.current().defaultTheme();
    }

    /** light, dark or system: the visitor's pick, else the install's default (brand counts as light). */
    public String getMode() {
        return mode(cookie(), getInstallDefault());
    }

    public List<String> getModes() {
        return MODES;
    }

    /** The sheet of the light slot as a resource id ("idealoop-themes:light/theme.css"). */
    public String getLightSheet() {
        return LIBRARY + ":" + lightTheme(getInstallDefault()) + "/theme.css";
    }

    public String getDarkSheet() {
        return LIBRARY + ":" + DARK + "/theme.css";
    }

    public boolean isLightShown() {
        return !DARK.equals(getMode());
    }

    public boolean isDarkShown() {
        return !LIGHT.equals(getMode());
    }

    public String getLightMedia() {
        return SYSTEM.equals(getMode()) ? "(prefers-color-scheme: light)" : "all";
    }

    public String getDarkMedia() {
        return SYSTEM.equals(getMode()) ? "(prefers-color-scheme: dark)" : "all";
    }

    /** For the {@code color-scheme} meta element: the browser's own widgets and scroll bars follow it. */
    public String getColorScheme() {
        return SYSTEM.equals(getMode()) ? "light dark" : getMode();
    }

    /** The logo of the header and the favicon, as a resource id. */
    public String getLogo() {
        return BRAND.equals(getInstallDefault()) ? LIBRARY + ":brand/logo.svg" : "idealoop-theme:logo.svg";
    }

    /** This page, where the switch sends the visitor back to. */
    public String getBack() {
        return Pages.thisPage();
    }

    private String cookie() {
        return RequestCookies.value(request, COOKIE).orElse(null);
    }

    static String mode(String picked, String installDefault) {
        if (picked != null && MODES.contains(picked)) {
            return picked;
        }
        return MODES.contains(installDefault) ? installDefault : LIGHT;
    }

    static String lightTheme(String installDefault) {
        return BRAND.equals(installDefault) ? BRAND : LIGHT;
    }
}
