package org.idealoop.domain;

/**
 * A rule of the domain refused something. Carries the bundle key of the message a person reads and,
 * when the refusal concerns one input, the field as the API and the pages name it. The API answers it
 * with a problem (each kind its status); a page shows the message beside the field, or at the top of
 * the form when it names none.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;

    protected DomainException(String message, String messageKey, String field) {
        super(message);
        this.messageKey = messageKey;
        this.field = field;
    }

    /** The message's key in the bundle; its arguments are {@link #messageArguments()}. */
    public String messageKey() {
        return messageKey;
    }

    /** The input it concerns, as the API names it; null when it concerns the request as a whole. */
    public String field() {
        return field;
    }

    /** What the message's placeholders stand for; none unless a kind says otherwise. */
    public Object[] messageArguments() {
        return new Object[0];
    }
}
