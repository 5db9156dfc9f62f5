package org.idealoop.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.idealoop.application.Messages;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.NotSignedInException;
import org.idealoop.domain.member.ThrottledException;

/**
 * Errors flow, they are not caught: a domain error thrown by a page action (a refused flag, story or
 * rating) is shown beside the field it names, in the form that was submitted, and the page is
 * rendered again as after a failed validation. Nothing else changes: the service refused, so nothing
 * was stored. An error naming no field of the form, or not carrying a field, is shown at the top of
 * the form (its {@code p:messages globalOnly}). A page opened with a parameter naming nothing (its view
 * action meets a NotFoundException) is the install's 404 page. Errors of other phases go on to the
 * wrapped handler.
 */
public class DomainErrorHandler extends ExceptionHandlerWrapper {

    public DomainErrorHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            var context = events.next().getContext();
            Optional<RuntimeException> refusal = refusal(context.getException());
            if (refusal.isPresent() && faces != null && !faces.getResponseComplete()
                    && faces.getCurrentPhaseId() == PhaseId.INVOKE_APPLICATION) {
                events.remove();
                if (refusal.get() instanceof NotFoundException && !faces.isPostback()) {
                    Pages.notFound(); // a view action given an unknown team, product, story ...
                    continue;
                }
                show(faces, refusal.get());
                faces.validationFailed();
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static Optional<RuntimeException> refusal(Throwable exception) {
        Throwable cause = exception;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (cause instanceof InvalidFieldException || cause instanceof ForbiddenException
                    || cause instanceof NotSignedInException || cause instanceof ThrottledException
                    || cause instanceof NotFoundException) {
                return Optional.of((RuntimeException) cause);
            }
        }
        return Optional.empty();
    }

    private static void show(FacesContext faces, RuntimeException refusal) {
        String key;
        Object[] arguments = {};
        String field = null;
        if (refusal instanceof InvalidFieldException invalid) {
            key = invalid.messageKey();
            field = invalid.field();
        } else if (refusal instanceof ForbiddenException forbidden) {
            key = forbidden.messageKey();
        } else if (refusal instanceof NotSignedInException notSignedIn) {
            key = notSignedIn.messageKey();
        } else if (refusal instanceof ThrottledException throttled) {
            key = throttled.messageKey();
            arguments = new Object[] {throttled.messageArgument()};
        } else {
            key = "page.gone"; // hidden or deleted meanwhile
        }
        String text = Messages.text(Pages.locale(), key, arguments);
        String named = field;
        String clientId = submittedForm(faces)
                .map(form -> named == null ? null : form.findComponent(named))
                .map(component -> component.getClientId(faces))
                .orElse(null);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The form whose submit ran the action: a form posts its own client id as a parameter. */
    private static Optional<UIForm> submittedForm(FacesContext faces) {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        UIForm[] found = new UIForm[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIForm form && parameters.containsKey(form.getClientId(context.getFacesContext()))) {
                found[0] = form;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(found[0]);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DomainErrorHandler(getWrapped().getExceptionHandler());
        }
    }
}
