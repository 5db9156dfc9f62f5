package org.idealoop.interfaces.web;

import jakarta.faces.application.FacesMessage;
import java.util.Optional;
import org.idealoop.domain.DomainException;
import org.idealoop.domain.NotFoundException;

/**
 * What a page answers to a domain error thrown by one of its actions: the page-side twin of the REST
 * problem mappers, kept free of a running Faces so that it can be tested alone.
 */
final class DomainErrors {

    /** Wrappers (EJB, CDI, EL) put around the domain's error before it reaches the handler. */
    private static final int MAX_DEPTH = 10;

    private DomainErrors() {
    }

    /** The page's answer: a message in the page, or another page instead (the 404 page). */
    sealed interface Answer permits Message, ErrorPage {
    }

    /**
     * A message beside {@code field} (a component id inside the submitted form), or at the top of the
     * form when field is null.
     */
    record Message(String field, String key, Object[] arguments, FacesMessage.Severity severity) implements Answer {
    }

    /** The install's error page with this status instead of the page that was asked for. */
    record ErrorPage(int status) implements Answer {
    }

    /** The domain's error inside what was thrown, if any. */
    static Optional<DomainException> refusal(Throwable thrown) {
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /**
     * A page opened (not posted) for something that does not exist is the 404 page; every other refusal
     * is its message, beside its field when it names one. A ForbiddenException of a view action stays a
     * message: pages such as /dashboard show what a member may see next to it (a manager of no team);
     * a page that is not for the member at all is refused by web.xml or by {@link Pages#forbidden()}.
     *
     * @param postback whether a form of the page was posted (false: a view action of a GET)
     */
    static Answer answer(DomainException refusal, boolean postback) {
        if (!postback && refusal instanceof NotFoundException) {
            return new ErrorPage(404);
        }
        return new Message(refusal.field(), refusal.messageKey(), refusal.messageArguments(),
                FacesMessage.SEVERITY_ERROR);
    }
}
