package org.idealoop.domain;

/**
 * A thing asked for by its identifier does not exist (or is not visible to the asker). Its message
 * names what was asked for (the API says "No such ..."); a page that meets it after a form was posted
 * says the thing was hidden or deleted meanwhile.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super(what, "page.gone", null);
    }
}
