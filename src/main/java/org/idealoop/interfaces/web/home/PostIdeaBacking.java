package org.idealoop.interfaces.web.home;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.idealoop.application.IdeaService;
import org.idealoop.application.Messages;
import org.idealoop.application.SearchService;
import org.idealoop.application.VotingService;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotSignedInException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.vote.VoteDirection;
import org.idealoop.interfaces.web.Pages;

/**
 * The form on the idea list ({@link HomeBacking}) to post an idea: title, body, category and tags, with the
 * existing ideas like the draft offered to vote for instead.
 */
@Named
@ViewScoped
public class PostIdeaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdeaService ideaService;

    @Inject
    VotingService votingService;

    @Inject
    SearchService searchService;

    @Inject
    HomeBacking list;

    @Inject
    ListVotesBacking votes;

    private transient List<Idea> similar;
    private String newCategory;
    private List<String> newTags;
    private String title;
    private String body;

    /** Existing ideas like the draft, refreshed as the member types (after a pause). */
    public List<Idea> getSimilar() {
        if (similar == null) {
            try {
                String draft = body == null || body.length() <= SearchService.MAX_DRAFT_BODY ? body
                        : body.substring(0, SearchService.MAX_DRAFT_BODY);
                similar = searchService.similarToDraft(title, draft);
            } catch (InvalidFieldException tooLong) {
                similar = List.of(); // the field message comes when posting
            }
        }
        return similar;
    }

    /** Called by the form while typing: the similar ideas are looked up again on render. */
    public void draftChanged() {
        similar = null;
    }

    /** "Vote for this instead": promotes the existing idea and opens it. */
    public void voteInstead(long number) {
        try {
            Idea existing = ideaService.getByNumber(number);
            votingService.castVote(number, VoteDirection.UP.id());
            Pages.keepMessages();
            Pages.info("idea.duplicates.voted", number);
            Pages.redirect(list.path(existing));
        } catch (org.idealoop.domain.member.ThrottledException e) {
            Pages.throttled(e);
        } catch (InvalidFieldException e) {
            Pages.error(e.messageKey());
        } catch (ForbiddenException e) {
            Pages.error(e.messageKey());
        } catch (NotSignedInException e) {
            Pages.error(e.messageKey());
        }
    }

    private String postedPath;

    public void post() {
        FacesContext faces = FacesContext.getCurrentInstance();
        postedPath = null;
        try {
            Idea idea = ideaService.post(title, body, null, newCategory, newTags == null ? List.of() : newTags);
            postedPath = org.idealoop.domain.idea.Slug.path(idea.number(), idea.title());
            title = null;
            body = null;
            similar = null;
            newCategory = null;
            newTags = null;
            list.listChanged();
            votes.listChanged();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(faces.getViewRoot().getLocale(), "idea.posted", idea.number()), null));
        } catch (org.idealoop.domain.member.ThrottledException e) {
            Pages.throttled(e);
        } catch (InvalidFieldException e) {
            Pages.fieldError("post", e);
        } catch (ForbiddenException e) {
            Pages.error(e.messageKey());
        } catch (NotSignedInException e) {
            Pages.error(e.messageKey());
        }
    }

    /** "Vote for #38 Longer battery life instead": the accessible name of a similar idea's vote button. */
    public String voteInsteadLabel(Idea similar) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "idea.duplicates.voteInstead.named", Long.toString(similar.number()), similar.title());
    }

    /** The address of the idea just posted, for the link beside its confirmation; null before a post. */
    public String getPostedPath() {
        return postedPath;
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }

    public List<String> getNewTags() {
        return newTags;
    }

    public void setNewTags(List<String> newTags) {
        this.newTags = newTags;
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
