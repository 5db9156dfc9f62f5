package org.idealoop.domain;

/** The request clashes with what exists (an e-mail already registered, a used link ...). */
public class ConflictException extends InvalidFieldException {

    private final Object[] arguments;

    public ConflictException(String field, String messageKey) {
        this(field, messageKey, new Object[0]);
    }

    /** A clash the message explains with numbers ("the category still has 3 ideas"). */
    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey);
        this.arguments = arguments.clone();
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
