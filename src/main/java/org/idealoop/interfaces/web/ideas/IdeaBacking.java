package org.idealoop.interfaces.web.ideas;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idealoop.application.CommentService;
import org.idealoop.application.IdeaService;
import org.idealoop.application.MemberService;
import org.idealoop.application.VotingService;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.vote.VoteDirection;
import org.idealoop.domain.member.Member;
import org.idealoop.interfaces.web.Pages;

/** The idea page (/ideas/{number}-{slug}): the idea, its votes, its discussion, following it. */
@Named
@ViewScoped
public class IdeaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdeaService ideaService;

    @Inject
    VotingService votingService;

    @Inject
    CommentService commentService;

    @Inject
    MemberService memberService;

    @Inject
    org.idealoop.application.WorkflowService workflow;

    @Inject
    org.idealoop.application.IdeaFollowService following;


    private Long number;
    private String commentBody;
    private Long replyTo;
    private String replyBody;
    private transient Idea idea;
    private transient List<CommentService.Thread> thread;
    /** Conversations (top-level comments with their replies) shown: 50 more at each "Show more comments". */
    private int threads = THREADS_STEP;
    static final int THREADS_STEP = 50;
    private transient Map<Long, VoteDirection> myVote;
    private transient List<Idea> similar;
    private transient IdeaService.Filing filing;
    private transient Optional<org.idealoop.application.WorkflowService.OfficialResponse> officialResponse;
    private String announcement;
    private transient Map<Long, String> names;
    private transient Boolean followed;
    private transient List<org.idealoop.domain.workflow.IdeaEvent> events;

    /** View action: an unknown idea is a 404. */
    public void load() {
        // IdeaAddresses has just read the idea to check its address: the page shows that read.
        if (Pages.request().getAttribute(IdeaAddresses.IDEA) instanceof Idea read && number != null
                && read.number() == number) {
            idea = read;
        }
        if (number == null || getIdea() == null) {
            Pages.response().setStatus(404);
        }
    }

    private Optional<Idea> visible() {
        return ideaService.findVisible(number);
    }

    public Idea getIdea() {
        if (idea == null && number != null) {
            idea = visible().orElse(null);
        }
        return idea;
    }

    public String getAuthor() {
        return getIdea() == null ? "" : getIdea().authorId().map(this::name)
                .orElse(org.idealoop.application.Messages.text(Pages.locale(), "member.former"));
    }

    public List<CommentService.Thread> getThread() {
        if (thread == null && getIdea() != null) {
            thread = commentService.thread(number, "best", 0, threads);
        }
        return thread;
    }

    /** The discussion in reading order (each reply under its parent), for an indented list. */
    public List<CommentService.Thread> getComments() {
        List<CommentService.Thread> flat = new java.util.ArrayList<>();
        flatten(getThread() == null ? List.of() : getThread(), flat);
        return flat;
    }

    private static void flatten(List<CommentService.Thread> nodes, List<CommentService.Thread> into) {
        for (CommentService.Thread node : nodes) {
            into.add(node);
            flatten(node.replies(), into);
        }
    }

    public List<Idea> getSimilar() {
        if (similar == null && number != null) {
            similar = ideaService.similarTo(number, 5);
        }
        return similar;
    }

    public String path(Idea other) {
        return org.idealoop.domain.idea.Slug.path(other.number(), other.title());
    }

    /** The display name of the idea's or a comment's author: all of them read at once, on the first call. */
    public String name(long memberId) {
        if (names == null) {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            getComments().forEach(node -> ids.add(node.comment().authorId()));
            if (getIdea() != null) {
                getIdea().authorId().ifPresent(ids::add);
            }
            names = ideaService.memberNames(ids);
        }
        String known = names.get(memberId);
        return known != null ? known : memberService.find(memberId).map(Member::displayName)
                .orElse(org.idealoop.application.Messages.text(Pages.locale(), "member.former"));
    }

    public boolean isVotedUp() {
        return vote() == VoteDirection.UP;
    }

    public boolean isVotedDown() {
        return vote() == VoteDirection.DOWN;
    }

    private VoteDirection vote() {
        if (myVote == null) {
            myVote = votingService.myVotes(List.of(number));
        }
        return myVote.get(number);
    }

    public boolean isDownVoteEnabled() {
        return votingService.isDownVoteEnabled();
    }

    public boolean isFollowing() {
        if (followed == null) {
            followed = following.isFollowedByMe(number);
        }
        return followed;
    }

    public void vote(String direction) {
        if (direction.equals(Optional.ofNullable(vote()).map(VoteDirection::id).orElse(null))) {
            votingService.removeVote(number);
        } else {
            votingService.castVote(number, direction);
        }
        reload();
    }

    /** For {@code <il:vote>}: this page has one idea. */
    public void vote(long ideaNumber, String direction) {
        vote(direction);
        announcement = org.idealoop.application.Messages.text(Pages.locale(), "vote.announced",
                getIdea() == null ? "#" + ideaNumber : getIdea().title(), getIdea() == null ? 0 : getIdea().score());
    }

    public boolean votedUp(Idea any) {
        return isVotedUp();
    }

    public boolean votedDown(Idea any) {
        return isVotedDown();
    }

    public int score(Idea any) {
        return getIdea() == null ? 0 : getIdea().score();
    }

    public String getAnnouncement() {
        return announcement;
    }

    private IdeaService.Filing filing() {
        if (filing == null) {
            filing = ideaService.filing(getIdea() == null ? List.of() : List.of(getIdea()));
        }
        return filing;
    }

    /** The idea's category, or null while it waits for triage. */
    public org.idealoop.domain.category.Category getCategory() {
        return getIdea() == null ? null : getIdea().categoryId().map(filing().categories()::get).orElse(null);
    }

    /** The team the idea is routed to, or null. */
    public org.idealoop.domain.team.ProductTeam getTeam() {
        return getIdea() == null ? null : getIdea().teamId().map(filing().teams()::get).orElse(null);
    }

    public List<String> getTags() {
        return getIdea() == null ? List.of() : filing().tags().getOrDefault(getIdea().number(), List.of());
    }

    public String tagSlug(String tagName) {
        return org.idealoop.domain.category.Tag.slugOf(tagName);
    }

    /** The newest official answer (status message or staff comment), or null. */
    public org.idealoop.application.WorkflowService.OfficialResponse getOfficialResponse() {
        if (officialResponse == null) {
            // from the timeline and the discussion this page reads anyway
            officialResponse = getIdea() == null ? Optional.empty() : workflow.latestOfficialResponse(getEvents(),
                    isMoreComments() ? workflow.latestOfficialComment(number) // not all of the discussion is shown
                            : getComments().stream().map(CommentService.Thread::comment).toList());
        }
        return officialResponse.orElse(null);
    }

    /** Status changes, team moves and merges, oldest first. */
    public List<org.idealoop.domain.workflow.IdeaEvent> getEvents() {
        if (events == null) {
            events = getIdea() == null ? List.of() : workflow.timeline(getIdea());
        }
        return events;
    }

    public void toggleFollow() {
        if (isFollowing()) {
            following.unfollow(number);
        } else {
            following.follow(number);
        }
        reload();
    }

    public void comment() {
        commentService.post(number, commentBody, null);
        commentBody = null;
        reload();
    }

    public void startReply(long commentId) {
        replyTo = commentId;
        replyBody = null;
    }

    public void reply() {
        commentService.post(number, replyBody, replyTo);
        replyTo = null;
        replyBody = null;
        reload();
    }

    public void upvoteComment(long commentId, boolean up) {
        commentService.vote(number, commentId, up);
        reload();
    }

    /** Reads the idea again after a change (also after the workflow forms', {@link IdeaWorkflowBacking}). */
    public void reload() {
        idea = null;
        filing = null;
        officialResponse = null;
        thread = null;
        myVote = null;
        names = null;
        followed = null;
        events = null;
    }

    /** The {@code comments} parameter: how many conversations to show; anything else shows the first page. */
    public String getThreads() {
        return Integer.toString(threads);
    }

    public void setThreads(String text) {
        try {
            int asked = Integer.parseInt(text == null ? "" : text.strip());
            threads = Math.max(THREADS_STEP, Math.min(CommentService.MAX_THREADS, asked));
        } catch (NumberFormatException e) {
            threads = THREADS_STEP;
        }
    }

    /** Whether there may be more conversations than shown (a full page was read). */
    public boolean isMoreComments() {
        return getThread() != null && getThread().size() == threads && threads < CommentService.MAX_THREADS;
    }

    public int getNextThreads() {
        return Math.min(CommentService.MAX_THREADS, threads + THREADS_STEP);
    }

    public Long getNumber() {
        return number;
    }

    public void setNumber(Long number) {
        this.number = number;
    }

    public String getCommentBody() {
        return commentBody;
    }

    public void setCommentBody(String commentBody) {
        this.commentBody = commentBody;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public String getReplyBody() {
        return replyBody;
    }

    public void setReplyBody(String replyBody) {
        this.replyBody = replyBody;
    }
}
