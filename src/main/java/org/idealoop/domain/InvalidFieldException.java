package org.idealoop.domain;

/**
 * Input that breaks a rule of the domain. Names the field and a message key of the bundle,
 * so the API can answer with a problem naming the field and a page can show the message beside it.
 */
public class InvalidFieldException extends DomainException {

    public InvalidFieldException(String field, String messageKey) {
        super(field + ": " + messageKey, messageKey, field);
    }
}
