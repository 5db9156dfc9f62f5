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
            return arguments.length == 0 ? pattern
                    : new MessageFormat(pattern, locale == null ? Locale.ROOT : locale).format(resolved(locale, arguments));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The text of {@code key} as {@link #text} gives it, with the bundle's own community name
     * ({@code app.name}) in the pattern replaced by {@code communityName}: mails and feeds name the
     * community an admin branded. Only the pattern changes; an argument that mentions the default
     * name (an idea's title) is left as written.
     */
    public static String branded(Locale locale, String communityName, String key, Object... arguments) {
        String builtIn = text(locale, "app.name");
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (communityName == null || communityName.equals(builtIn) || !pattern.contains(builtIn)) {
            return text(locale, key, arguments);
        }
        if (arguments.length == 0) {
            return pattern.replace(builtIn, communityName);
        }
        Object[] extended = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        extended[arguments.length] = communityName;
        return new MessageFormat(pattern.replace(builtIn, "{" + arguments.length + "}"), locale == null ? Locale.ROOT : locale)
                .format(resolved(locale, extended));
    }

    private static Object[] resolved(Locale locale, Object[] arguments) {
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = arguments[i] instanceof BundleText text ? text(locale, text.key()) : arguments[i];
        }
        return resolved;
    }
}
