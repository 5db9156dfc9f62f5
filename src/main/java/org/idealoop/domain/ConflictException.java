package org.idealoop.domain;

/** The request clashes with what exists (an e-mail already registered, a used link, a product still rated ...). */
public class ConflictException extends InvalidFieldException {

    private final Object[] arguments;

    /** The arguments fill the message's placeholders (how many ratings still refer to a product ...). */
    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey);
        this.arguments = arguments.clone();
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
