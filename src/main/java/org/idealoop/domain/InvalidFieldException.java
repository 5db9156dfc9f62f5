package org.idealoop.domain;

/**
 * Input that breaks a rule of the domain. Names the field and a message key of the bundle,
 * so the API can answer with a problem naming the field and a page can show the message beside it.
 */
public class InvalidFieldException extends DomainException {

    private final Object[] arguments;

    public InvalidFieldException(String field, String messageKey) {
        this(field, messageKey, new Object[0]);
    }

    /** With what the message's placeholders stand for (a measured value, a limit). */
    public InvalidFieldException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey, messageKey, field);
        this.arguments = arguments.clone();
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
