package org.idealoop.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.idealoop.domain.BundleText;

/** Visible text comes from the {@code org.idealoop.messages} bundle, for pages and API alike. */
public final class Messages {

    public static final String BUNDLE = "org.idealoop.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * The bundle of a language; English is the base bundle. Never the bundle of the server's own default
     * locale: a German server answers an English reader in English.
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale, NO_FALLBACK);
    }

    /** The text of {@code key} with its arguments; an argument that is a {@link BundleText} is its own text. */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle(locale).getString(key);
            Object[] resolved = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                resolved[i] = arguments[i] instanceof BundleText text ? text(locale, text.key()) : arguments[i];
            }
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? Locale.ROOT : locale).format(resolved);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
