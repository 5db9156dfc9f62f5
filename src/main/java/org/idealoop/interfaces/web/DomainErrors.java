package org.idealoop.interfaces.web;

import jakarta.faces.application.FacesMessage;
import java.util.Optional;
import org.idealoop.domain.DomainException;
import org.idealoop.domain.ForbiddenException;
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

    /** The page's answer: a message in the page, or another page instead (404, 403). */
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
     * A page opened (not posted) for something that does not exist, or that the member may not see, is
     * that error page; every other refusal is its message, beside its field when it names one.
     *
     * @param postback whether a form of the page was posted (false: a view action of a GET)
     */
    static Answer answer(DomainException refusal, boolean postback) {
        if (!postback && refusal instanceof NotFoundException) {
            return new ErrorPage(404);
        }
        if (!postback && refusal instanceof ForbiddenException) {
            return new ErrorPage(403);
        }
        return new Message(refusal.field(), refusal.messageKey(), refusal.messageArguments(),
                FacesMessage.SEVERITY_ERROR);
    }
}
