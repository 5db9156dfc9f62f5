package org.idealoop.interfaces.rest;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotSignedInException;
import org.idealoop.domain.member.ThrottledException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.search.SearchUnavailableException;
import org.idealoop.application.CurrentLanguage;
import org.idealoop.application.Messages;

/** Every error of the API is an {@code application/problem+json} body; never a stack trace. */
final class ProblemMappers {

    private ProblemMappers() {
    }

    /** The language of the caller's {@code Accept-Language}, else the install's default. */
    static Locale locale() {
        try {
            return currentLanguage().locale();
        } catch (RuntimeException outsideARequest) {
            return Locale.ROOT;
        }
    }

    /** The request-scoped bean's client proxy, looked up once: {@code CDI.current().select} costs a lookup each time. */
    private static volatile CurrentLanguage language;

    private static CurrentLanguage currentLanguage() {
        CurrentLanguage known = language;
        if (known == null) {
            known = CDI.current().select(CurrentLanguage.class).get();
            language = known;
        }
        return known;
    }

    @Provider
    public static class InvalidField implements ExceptionMapper<InvalidFieldException> {
        @Override
        public Response toResponse(InvalidFieldException e) {
            String message = Messages.text(locale(), e.messageKey(), e.messageArguments());
            if (e.field() == null) { // the body as a whole: not JSON, not an object
                return new Problem("https://idealoop.org/problems/invalid-input", "Invalid input", 400, message, null,
                        java.util.List.of()).toResponse();
            }
            return Problem.invalidField(e.field(), message).toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            String message = Messages.text(locale(), e.messageKey(), e.messageArguments());
            return new Problem("https://idealoop.org/problems/conflict", "Conflict", 409, message, e.field(),
                    java.util.List.of(new Problem.FieldError(e.field(), message))).toResponse();
        }
    }

    @Provider
    public static class NotSignedIn implements ExceptionMapper<NotSignedInException> {
        @Override
        public Response toResponse(NotSignedInException e) {
            return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                            Messages.text(locale(), e.messageKey())).toResponse())
                    .header("WWW-Authenticate", "Bearer realm=\"idealoop\"").build();
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.of(Response.Status.FORBIDDEN, Messages.text(locale(), e.messageKey())).toResponse();
        }
    }

    @Provider
    public static class Throttled implements ExceptionMapper<ThrottledException> {
        @Override
        public Response toResponse(ThrottledException e) {
            return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS,
                            Messages.text(locale(), e.messageKey(), e.messageArgument())).toResponse())
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.of(Response.Status.NOT_FOUND, Messages.text(locale(), "api.notFound", e.getMessage())).toResponse();
        }
    }

    @Provider
    public static class SearchUnavailable implements ExceptionMapper<SearchUnavailableException> {
        @Override
        public Response toResponse(SearchUnavailableException e) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    Messages.text(locale(), "search.unavailable")).toResponse();
        }
    }

    /** Unreadable request bodies: not JSON, or JSON of the wrong shape. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable();
        }
    }

    static Response unreadable() {
        return Problem.of(Response.Status.BAD_REQUEST, Messages.text(locale(), "api.body.unreadable"))
                .toResponse();
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable();
        }
    }

    /** 404 for unknown paths, 405, 415 and the like keep their status but get a problem body. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.getEntity() instanceof Problem) {
                return original;
            }
            if (e.getCause() instanceof JsonbException) {
                return unreadable();
            }
            Response.StatusType status = original.getStatusInfo();
            return Problem.of(status, status.getReasonPhrase()).toResponse();
        }
    }

    /**
     * A body the JSON parser gave up on. Parsson refuses input nested more than 1,000 levels deep with a bare
     * {@code RuntimeException} ("Input is too deeply nested"), which would otherwise be answered 500.
     */
    static boolean fromJsonParser(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            StackTraceElement[] trace = cause.getStackTrace();
            if (cause instanceof jakarta.json.JsonException
                    || trace.length > 0 && trace[0].getClassName().startsWith("org.eclipse.parsson.")) {
                return true;
            }
        }
        return false;
    }

    /** Anything unexpected: logged with an id, answered without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            if (fromJsonParser(e)) {
                return unreadable();
            }
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error " + id, e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, Messages.text(locale(), "api.unexpected", id))
                    .toResponse();
        }
    }
}
