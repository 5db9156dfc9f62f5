package org.idealoop.domain;

/** The action needs a signed-in member, and there is none (or the credentials are wrong). */
public class NotSignedInException extends RuntimeException {

    private final String messageKey;

    public NotSignedInException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
