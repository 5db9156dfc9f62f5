package org.idealoop.interfaces.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.view.ViewDeclarationLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.primefaces.component.password.Password;

/**
 * A form posted after its session (and so its view state) expired: instead of an error page, the
 * page is built afresh and shown again with "Your session expired; please submit again", keeping
 * what was typed except passwords. The action is not run: a form from an expired
 * session may be stale, and the new session needs its own view state (and CSRF protection) anyway.
 */
public class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

    /** Request attribute that makes the page template show "Your session expired; please submit again". */
    public static final String EXPIRED = "org.idealoop.viewExpired";

    public ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Optional<ViewExpiredException> expired = expired(events.next().getContext().getException());
            if (expired.isPresent() && faces != null && !faces.getResponseComplete()) {
                events.remove();
                showAgain(faces, expired.get().getViewId());
            }
        }
        getWrapped().handle();
    }

    private static Optional<ViewExpiredException> expired(Throwable exception) {
        Throwable cause = exception;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException expired) {
                return Optional.of(expired);
            }
        }
        return Optional.empty();
    }

    private static void showAgain(FacesContext faces, String viewId) {
        UIViewRoot view = faces.getApplication().getViewHandler().createView(faces, viewId);
        faces.setViewRoot(view);
        ViewDeclarationLanguage vdl = faces.getApplication().getViewHandler().getViewDeclarationLanguage(faces, viewId);
        try {
            vdl.buildView(faces, view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> submitted = faces.getExternalContext().getRequestParameterMap();
        view.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof EditableValueHolder input && keepsTypedValue(component)) {
                String value = submitted.get(component.getClientId(context.getFacesContext()));
                if (value != null) {
                    input.setSubmittedValue(value);
                }
            }
            return VisitResult.ACCEPT;
        });
        faces.getExternalContext().getRequestMap().put(EXPIRED, true); // the page template says so
        if (faces.getPartialViewContext().isAjaxRequest()) {
            faces.getPartialViewContext().setRenderAll(true);
        }
        faces.renderResponse();
    }

    /** Passwords are never sent back to the browser: they are typed again. */
    private static boolean keepsTypedValue(UIComponent component) {
        return !(component instanceof HtmlInputSecret) && !(component instanceof Password);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
