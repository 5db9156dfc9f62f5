package org.idealoop.interfaces.web.home;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idealoop.application.IdeaService;
import org.idealoop.application.VotingService;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotSignedInException;
import org.idealoop.interfaces.web.Pages;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaSort;
import org.idealoop.domain.idea.VoteDirection;
import org.idealoop.domain.idea.VoteTally;
import org.idealoop.domain.member.Member;
import org.idealoop.application.Messages;

/** The home page: ideas newest first, and the form to post one. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    transient IdeaService ideaService;

    @Inject
    transient VotingService votingService;

    private String sort;
    private String title;
    private String body;
    private transient List<Idea> ideas;
    private transient Map<Long, String> authors;
    private transient Map<Long, VoteDirection> myVotes;
    private final Map<Long, VoteTally> tallies = new HashMap<>();

    public List<Idea> getIdeas() {
        if (ideas == null) {
            ideas = ideaService.list(IdeaSort.parse(sort), null, false, false, Optional.empty(), PAGE_SIZE);
            authors = ideaService.authorNames(ideas);
            myVotes = new HashMap<>(votingService.myVotes(ideas.stream().map(Idea::number).toList()));
        }
        return ideas;
    }

    public int score(Idea idea) {
        VoteTally tally = tallies.get(idea.number());
        return tally == null ? idea.score() : tally.score();
    }

    public boolean votedUp(Idea idea) {
        getIdeas();
        return myVotes.get(idea.number()) == VoteDirection.UP;
    }

    public boolean votedDown(Idea idea) {
        getIdeas();
        return myVotes.get(idea.number()) == VoteDirection.DOWN;
    }

    public boolean isDownVoteEnabled() {
        return votingService.isDownVoteEnabled();
    }

    /** Votes in the given direction; voting the same way again takes the vote back. */
    public void vote(long number, String direction) {
        getIdeas();
        try {
            VoteTally tally = direction.equals(Optional.ofNullable(myVotes.get(number)).map(VoteDirection::id).orElse(null))
                    ? votingService.removeVote(number)
                    : votingService.castVote(number, direction);
            tallies.put(number, tally);
            tally.myVote().ifPresentOrElse(vote -> myVotes.put(number, vote), () -> myVotes.remove(number));
        } catch (InvalidFieldException | ForbiddenException | NotSignedInException e) {
            Pages.error(e instanceof InvalidFieldException i ? i.messageKey()
                    : e instanceof ForbiddenException f ? f.messageKey() : ((NotSignedInException) e).messageKey());
        }
    }

    public String author(Idea idea) {
        getIdeas();
        return idea.authorId().map(id -> authors.getOrDefault(id, Member.FORMER_MEMBER)).orElse("");
    }

    public void post() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Idea idea = ideaService.post(title, body);
            title = null;
            body = null;
            ideas = null;
            authors = null;
            tallies.clear();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(faces.getViewRoot().getLocale(), "idea.posted", idea.number()), null));
        } catch (InvalidFieldException e) {
            Pages.fieldError("post", e);
        } catch (ForbiddenException e) {
            Pages.error(e.messageKey());
        } catch (NotSignedInException e) {
            Pages.error(e.messageKey());
        }
    }

    public String getSort() {
        return sort == null ? IdeaSort.HOT.id() : sort;
    }

    /** From the URL (?sort=top); anything unknown shows the default order. */
    public void setSort(String sort) {
        this.sort = java.util.Arrays.stream(IdeaSort.values()).anyMatch(s -> s.id().equals(sort)) ? sort : null;
    }

    public java.util.List<String> getSorts() {
        return java.util.Arrays.stream(IdeaSort.values()).map(IdeaSort::id).toList();
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
