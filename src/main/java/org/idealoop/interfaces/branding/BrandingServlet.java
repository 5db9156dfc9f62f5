package org.idealoop.interfaces.branding;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.idealoop.application.BrandingService;
import org.idealoop.domain.branding.BrandImage;
import org.idealoop.domain.branding.Branding;
import org.idealoop.domain.branding.Colour;

/**
 * What branding adds to every page, as files a browser keeps: {@code /branding.css} (the brand colour
 * as the theme's custom properties), {@code /branding/logo} and {@code /branding/favicon} (the uploaded
 * image, else the built-in logo). Pages link them with {@code ?v=VERSION}: such a URL is cached for a
 * year (a change gets a new URL); any request revalidates with its ETag and is answered 304 when unchanged.
 */
@WebServlet(urlPatterns = {"/branding.css", "/branding/*"})
public class BrandingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String BUILT_IN_LOGO = "/resources/idealoop-theme/logo.svg";

    @Inject
    transient BrandingService branding;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Branding current = branding.current();
        switch (path) {
            case "/branding.css" -> {
                String css = stylesheet(current.primaryColour());
                send(request, response, cssVersion(current), "text/css;charset=UTF-8", css.getBytes(StandardCharsets.UTF_8));
            }
            case "/branding/logo" -> image(request, response, Branding.ImageKind.LOGO);
            case "/branding/favicon" -> image(request, response, Branding.ImageKind.FAVICON);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void image(HttpServletRequest request, HttpServletResponse response, Branding.ImageKind kind)
            throws IOException {
        Optional<BrandImage> uploaded = branding.image(kind);
        if (uploaded.isPresent()) {
            BrandImage image = uploaded.get();
            // an uploaded SVG opened on its own must not run anything, whatever the check missed
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
            send(request, response, image.version(), image.contentType(), image.bytes());
            return;
        }
        try (InputStream in = getServletContext().getResourceAsStream(BUILT_IN_LOGO)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(request, response, "built-in", "image/svg+xml", in.readAllBytes());
        }
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, String version, String type,
                             byte[] body) throws IOException {
        String etag = "\"" + version + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", version.equals(request.getParameter("v"))
                ? "public, max-age=31536000, immutable" : "no-cache");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(type);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip).map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }

    /** The stylesheet's version: the colour it sets. */
    public static String cssVersion(Branding branding) {
        return branding.primaryColour().hex().substring(1);
    }

    /** The theme's colour variables (themes/idealoop/idealoop.css {@code :root}) set to the brand colour. */
    static String stylesheet(Colour colour) {
        Colour dark = colour.darker(0.2);
        return String.format(Locale.ROOT, """
                /* Branding set by the admins (/admin/branding): the brand colour on the theme's variables. */
                :root {
                    --il-teal: %s;
                    --il-teal-dark: %s;
                    --il-link: %s;
                    --primary-color: %s;
                    --focus-ring: 0 0 0 0.2rem rgba(%d, %d, %d, 0.35);
                }
                """, colour.hex(), dark.hex(), dark.hex(), colour.hex(), colour.red(), colour.green(), colour.blue());
    }
}
