package org.idealoop.interfaces.web.home;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.idealoop.application.IdeaService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.interfaces.Messages;

/** The home page: ideas newest first, and the form to post one. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    transient IdeaService ideaService;

    private String title;
    private String body;
    private transient List<Idea> ideas;

    public List<Idea> getIdeas() {
        if (ideas == null) {
            ideas = ideaService.newestFirst(Optional.empty(), PAGE_SIZE);
        }
        return ideas;
    }

    public void post() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Idea idea = ideaService.post(title, body);
            title = null;
            body = null;
            ideas = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(faces.getViewRoot().getLocale(), "idea.posted", idea.number()), null));
        } catch (InvalidFieldException e) {
            String text = Messages.text(faces.getViewRoot().getLocale(), e.messageKey());
            faces.addMessage("post:" + e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
