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
import org.idealoop.application.FilingService;
import org.idealoop.application.IdeaService;
import org.idealoop.application.SearchService;
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

    @Inject
    transient FilingService filingService;

    @Inject
    transient SearchService searchService;

    private transient List<Idea> similar;

    private String sort;
    private String team;
    private String category;
    private String tag;
    private String newCategory;
    private List<String> newTags;
    private String title;
    private String body;
    private transient List<Idea> ideas;
    private transient Map<Long, String> authors;
    private transient Map<Long, VoteDirection> myVotes;
    private final Map<Long, VoteTally> tallies = new HashMap<>();

    public List<Idea> getIdeas() {
        if (ideas == null) {
            try {
                ideas = ideaService.list(IdeaSort.parse(sort), null, false, false, team, category, tag,
                        Optional.empty(), PAGE_SIZE);
            } catch (InvalidFieldException unknownFilter) {
                Pages.error(unknownFilter.messageKey());
                ideas = List.of();
            }
            authors = ideaService.authorNames(ideas);
            myVotes = new HashMap<>(votingService.myVotes(ideas.stream().map(Idea::number).toList()));
        }
        return ideas;
    }

    public String path(Idea idea) {
        return org.idealoop.domain.idea.Slug.path(idea.number(), idea.title());
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
        } catch (org.idealoop.domain.member.ThrottledException e) {
            Pages.throttled(e);
        } catch (InvalidFieldException | ForbiddenException | NotSignedInException e) {
            Pages.error(e instanceof InvalidFieldException i ? i.messageKey()
                    : e instanceof ForbiddenException f ? f.messageKey() : ((NotSignedInException) e).messageKey());
        }
    }

    /** Ideas moderators pinned to the top of the home page. */
    public List<Idea> getPinned() {
        if (team != null && category == null && tag == null) {
            return ideaService.pinned(team);
        }
        return team == null && category == null && tag == null ? ideaService.pinned() : List.of();
    }

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
            Pages.redirect(path(existing));
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

    public String author(Idea idea) {
        getIdeas();
        return idea.authorId().map(id -> authors.getOrDefault(id, Member.FORMER_MEMBER)).orElse("");
    }

    public void post() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Idea idea = ideaService.post(title, body, null, newCategory, newTags == null ? List.of() : newTags);
            title = null;
            body = null;
            similar = null;
            newCategory = null;
            newTags = null;
            ideas = null;
            authors = null;
            tallies.clear();
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

    public List<FilingService.FiledCategory> getCategories() {
        return filingService.categories();
    }

    /** What the list is narrowed to, for the heading ("Batteries & power", "#travel"). */
    public String getFilterLabel() {
        if (category != null) {
            return filingService.categories().stream().filter(c -> c.category().slug().equals(category))
                    .map(c -> c.category().name()).findFirst().orElse(category);
        }
        return tag != null ? "#" + tag : team;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
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
