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
import org.idealoop.domain.DomainException;

/**
 * Errors flow, they are not caught: a domain error thrown by a page action (a refused flag, story or
 * rating) is shown beside the field it names, in the form that was submitted, and the page is
 * rendered again as after a failed validation. Nothing else changes: the service refused, so nothing
 * was stored. An error naming no field of the form, or not carrying a field, is shown at the top of
 * the form (its {@code p:messages globalOnly}). A page opened with a parameter naming nothing (its view
 * action meets a NotFoundException) is the install's 404 page; {@link DomainErrors} decides which.
 * Errors of other phases go on to the wrapped handler.
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
            Optional<DomainException> refusal = DomainErrors.refusal(context.getException());
            if (refusal.isPresent() && faces != null && !faces.getResponseComplete()
                    && faces.getCurrentPhaseId() == PhaseId.INVOKE_APPLICATION) {
                events.remove();
                DomainErrors.Answer answer = DomainErrors.answer(refusal.get(), faces.isPostback());
                if (answer instanceof DomainErrors.ErrorPage) {
                    Pages.notFound(); // a view action given an unknown team, product, story ...
                } else if (answer instanceof DomainErrors.Message message) {
                    show(faces, message);
                    faces.validationFailed();
                    faces.renderResponse();
                }
            }
        }
        getWrapped().handle();
    }

    private static void show(FacesContext faces, DomainErrors.Message message) {
        String text = Messages.text(Pages.locale(), message.key(), message.arguments());
        String clientId = submittedForm(faces)
                .map(form -> message.field() == null ? null : form.findComponent(message.field()))
                .map(component -> component.getClientId(faces))
                .orElse(null);
        faces.addMessage(clientId, new FacesMessage(message.severity(), text, text));
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
