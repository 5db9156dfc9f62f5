package org.idealoop.domain.branding;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A link in the page footer (imprint, privacy, the company site): a label and an http(s) address. */
public record FooterLink(String label, String url) {

    public static final int MAX_LABEL = 40;
    public static final int MAX_URL = 500;

    /** Whether the label and address are acceptable; the address must be absolute http or https. */
    public static boolean valid(String label, String url) {
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL
                || url == null || url.isBlank() || url.strip().length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
