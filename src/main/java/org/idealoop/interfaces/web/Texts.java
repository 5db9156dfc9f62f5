package org.idealoop.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.idealoop.application.Messages;

/**
 * Bundle texts with arguments, for attributes that {@code h:outputFormat} cannot fill (an
 * {@code aria-label="Promote: Dark mode"}). The bundle's own quoting rules apply; arguments are not markup.
 */
@Named("texts")
@RequestScoped
public class Texts {

    public String format(String key, Object argument) {
        return Messages.text(Pages.locale(), key, argument);
    }

    public String format(String key, Object first, Object second) {
        return Messages.text(Pages.locale(), key, first, second);
    }
}
