package org.idealoop.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.idealoop.application.CurrentLanguage;

/**
 * Every page is rendered in {@link CurrentLanguage}'s language (the member's, the switch's, the
 * browser's or the install's), not merely the browser's as Faces would choose.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(CurrentLanguage.class).get().locale();
    }
}
