package org.idealoop.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.idealoop.domain.BundleText;

/** Visible text comes from the {@code org.idealoop.messages} bundle, for pages and API alike. */
public final class Messages {

    public static final String BUNDLE = "org.idealoop.messages";

    private Messages() {
    }

    /** The text of {@code key} with its arguments; an argument that is a {@link BundleText} is its own text. */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale).getString(key);
            Object[] resolved = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                resolved[i] = arguments[i] instanceof BundleText text ? text(locale, text.key()) : arguments[i];
            }
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(resolved);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
