package org.idealoop.interfaces.web.home;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idealoop.application.Messages;
import org.idealoop.application.VotingService;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotSignedInException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.vote.VoteDirection;
import org.idealoop.domain.vote.VoteTally;
import org.idealoop.interfaces.web.Pages;

/**
 * Votes on the idea list ({@link HomeBacking}): the member's own votes on the ideas shown, the scores after
 * their votes, and voting by Ajax with a spoken announcement (the backing of {@code <il:vote>}).
 */
@Named
@ViewScoped
public class ListVotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VotingService votingService;

    @Inject
    HomeBacking list;

    private String announcement;
    private transient Map<Long, VoteDirection> myVotes;
    private final Map<Long, VoteTally> tallies = new HashMap<>();

    /** The member's votes on the ideas shown, read once with the list. */
    private Map<Long, VoteDirection> myVotes() {
        if (myVotes == null) {
            myVotes = new HashMap<>(votingService.myVotes(list.getIdeas().stream().map(Idea::number).toList()));
        }
        return myVotes;
    }

    /** After an idea was posted: the list is read again, and so are the votes on it. */
    public void listChanged() {
        myVotes = null;
        tallies.clear();
    }

    /** What the live region says after a vote: "Dark mode: score 5". */
    public String getAnnouncement() {
        return announcement;
    }

    public int score(Idea idea) {
        VoteTally tally = tallies.get(idea.number());
        return tally == null ? idea.score() : tally.score();
    }

    public boolean votedUp(Idea idea) {
        return myVotes().get(idea.number()) == VoteDirection.UP;
    }

    public boolean votedDown(Idea idea) {
        return myVotes().get(idea.number()) == VoteDirection.DOWN;
    }

    public boolean isDownVoteEnabled() {
        return votingService.isDownVoteEnabled();
    }

    /** Votes in the given direction; voting the same way again takes the vote back. */
    public void vote(long number, String direction) {
        List<Idea> ideas = list.getIdeas();
        Map<Long, VoteDirection> mine = myVotes();
        try {
            VoteTally tally = direction.equals(Optional.ofNullable(mine.get(number)).map(VoteDirection::id).orElse(null))
                    ? votingService.removeVote(number)
                    : votingService.castVote(number, direction);
            tallies.put(number, tally);
            tally.myVote().ifPresentOrElse(vote -> mine.put(number, vote), () -> mine.remove(number));
            announcement = Messages.text(Pages.locale(), "vote.announced", ideas.stream()
                    .filter(i -> i.number() == number).map(Idea::title).findFirst().orElse("#" + number), tally.score());
        } catch (org.idealoop.domain.member.ThrottledException e) {
            Pages.throttled(e);
        } catch (InvalidFieldException | ForbiddenException | NotSignedInException e) {
            Pages.error(e instanceof InvalidFieldException i ? i.messageKey()
                    : e instanceof ForbiddenException f ? f.messageKey() : ((NotSignedInException) e).messageKey());
        }
    }
}
