package org.idealoop.domain;

/** The action needs a signed-in member, and there is none (or the credentials are wrong). */
public class NotSignedInException extends DomainException {

    public NotSignedInException(String messageKey) {
        super(messageKey, messageKey, null);
    }
}
