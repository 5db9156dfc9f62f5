package org.idealoop.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.idealoop.application.Messages;
import org.idealoop.domain.InvalidFieldException;

/** What backing beans share: messages beside fields, page-wide messages, redirects. */
public final class Pages {

    private Pages() {
    }

    /** Shows the problem beside its field ({@code form:field}); the field names match the API's. */
    public static void fieldError(String formId, InvalidFieldException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(locale(), e.messageKey(), e.messageArguments());
        faces.addMessage(formId + ":" + e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public static void fieldError(String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(locale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public static void info(String key, Object... arguments) {
        String text = Messages.text(locale(), key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String key, Object... arguments) {
        String text = Messages.text(locale(), key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A rate limit or sign-in throttle, as a message on the page. */
    public static void throttled(org.idealoop.domain.member.ThrottledException e) {
        error(e.messageKey(), e.messageArgument());
    }

    /** A rate limit, as a message beside the field ({@code form:field}) it concerns. */
    public static void throttled(String clientId, org.idealoop.domain.member.ThrottledException e) {
        fieldError(clientId, e.messageKey(), e.messageArgument());
    }

    /** Keeps messages across a redirect. */

    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : jakarta.enterprise.inject.spi.CDI.current().select(org.idealoop.application.CurrentLanguage.class).get().locale();
    }

    /** Parameters as a query string ({@code q=dark+mode&page=2}), values encoded, blank ones left out. */
    public static String query(java.util.Map<String, ?> parameters) {
        return parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue().toString().strip(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** Only local paths are followed after sign-in, never another site. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }

    /** This page's address inside the application, with its query: where a footer switch sends the visitor back. */
    public static String thisPage() {
        HttpServletRequest request = request();
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return safeNext(query == null ? path : path + "?" + query);
    }

    /** A visitor's choice (language, theme) kept in a cookie for a year, for this application only. */
    public static void rememberForAYear(HttpServletRequest request, HttpServletResponse response, String name,
                                        String value) {
        jakarta.servlet.http.Cookie cookie = new jakarta.servlet.http.Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The page was asked for something that is not there: the install's 404 page instead. */
    public static void notFound() {
        sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** The page exists but not for this member: the install's 403 page instead. */
    public static void forbidden() {
        sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
