package org.idealoop.domain;

/** The request clashes with what exists (an e-mail already registered, a used link ...). */
public class ConflictException extends InvalidFieldException {

    public ConflictException(String field, String messageKey) {
        super(field, messageKey);
    }
}
