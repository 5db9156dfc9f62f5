package org.idealoop.domain;

/** The caller is known but may not do this; the message key says why. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String messageKey) {
        super(messageKey, messageKey, null);
    }
}
