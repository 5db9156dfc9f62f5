package org.idealoop.domain;

/** A thing asked for by its identifier does not exist (or is not visible to the asker). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
