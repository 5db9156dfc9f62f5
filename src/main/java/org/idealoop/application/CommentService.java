package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.comment.Comment;
import org.idealoop.domain.comment.CommentRepository;
import org.idealoop.domain.idea.IdeaFollowRepository;
import org.idealoop.domain.idea.Ranking;
import org.idealoop.domain.vote.VoteRepository;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.search.SearchDocumentChanged;
import org.idealoop.domain.search.SearchType;

/** Discussing ideas: comments and replies, their up-votes, and the threads as people read them. */
@ApplicationScoped
@Transactional
public class CommentService {

    private static final Logger LOG = Logger.getLogger(CommentService.class.getName());

    @Inject
    CommentRepository comments;

    @Inject
    VoteRepository ideas;

    @Inject
    IdeaFollowRepository follows;

    @Inject
    CurrentMember currentMember;

    @Inject
    StaffScope scope;

    @Inject
    org.idealoop.domain.idea.IdeaRepository ideaRepository;

    @Inject
    jakarta.enterprise.event.Event<SearchDocumentChanged> searchable;

    @Inject
    ModerationService moderation;

    @Inject
    @ConfigProperty(name = "idealoop.edit-window-minutes", defaultValue = "30")
    long editWindowMinutes;

    private final Clock clock = Clock.systemUTC();

    /** Comments or replies (parentId) on an idea; staff comments are official. */
    public Comment post(long ideaNumber, String body, Long parentId) {
        Member me = currentMember.requireParticipant();
        VoteRepository.LockedIdea idea = ideas.lockIdea(ideaNumber)
                .orElseThrow(() -> new NotFoundException("idea " + ideaNumber));
        if (idea.locked()) {
            throw new ConflictException("idea", "idea.locked");
        }
        Optional<Comment> parent = parentId == null ? Optional.empty()
                : Optional.of(comments.findById(parentId)
                        .orElseThrow(() -> new InvalidFieldException("parentId", "comment.parent.unknown")));
        moderation.checkContent(me, org.idealoop.domain.moderation.RateLimiter.Action.COMMENT, null, body);
        // staff of another team speak as members here
        boolean official = scope.curates(me, ideaRepository.findByNumber(ideaNumber).flatMap(i -> i.teamId()));
        Comment comment = comments.add(Comment.write(ideaNumber, parent, me.id(), body, official, clock.instant()));
        moderation.holdIfFirstPost(me, org.idealoop.domain.moderation.ContentType.COMMENT, comment.id());
        comments.recount(ideaNumber);
        ideas.rerank(ideaNumber);
        follows.follow(ideaNumber, me.id());
        ideaRepository.lockForChange(ideaNumber).orElseThrow().touch(comment.isOfficial(), clock.instant()); // an official comment stops the SLA clock
        searchable.fire(new SearchDocumentChanged(SearchType.COMMENT, comment.id())); // same transaction: never missed
        LOG.info(() -> "Member " + me.id() + " commented " + comment.id() + " on idea " + ideaNumber);
        return comment;
    }

    public Comment edit(long ideaNumber, long commentId, String body) {
        Member me = currentMember.requireParticipant();
        Comment comment = find(ideaNumber, commentId);
        comment.edit(body, me.id(), me.hasRole(org.idealoop.domain.member.Role.MODERATOR)
                || me.hasRole(org.idealoop.domain.member.Role.ADMIN), Duration.ofMinutes(editWindowMinutes),
                clock.instant());
        try {
            comments.saveEdit(comment);
        } catch (jakarta.persistence.OptimisticLockException concurrentEdit) {
            throw new ConflictException("body", "comment.edit.conflict");
        }
        searchable.fire(new SearchDocumentChanged(SearchType.COMMENT, commentId));
        LOG.info(() -> "Member " + me.id() + " edited comment " + commentId);
        return comment;
    }

    /** Up-votes only: there is no demoting a comment. */
    public int vote(long ideaNumber, long commentId, boolean up) {
        Member me = currentMember.requireParticipant();
        find(ideaNumber, commentId);
        return comments.setVote(commentId, me.id(), up);
    }

    /**
     * The idea's discussion as a tree: top-level comments by the given order ("best": the Wilson lower
     * bound of their up-votes, then oldest; "oldest"), replies oldest first under their parent.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Thread> thread(long ideaNumber, String sort) {
        return thread(ideaNumber, sort, 0, MAX_THREADS);
    }

    /** Top-level comments a page shows at most; a page of the API at most. */
    public static final int MAX_THREADS = 500;

    /**
     * A page of {@link #thread(long, String)}: {@code limit} top-level comments (1 to {@value #MAX_THREADS}) after
     * the first {@code offset}, each with all its replies.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Thread> thread(long ideaNumber, String sort, int offset, int limit) {
        if (sort != null && !sort.isBlank() && !sort.equals("best") && !sort.equals("oldest")) {
            throw new InvalidFieldException("sort", "comment.sort.invalid");
        }
        if (limit < 1 || limit > MAX_THREADS) {
            throw new InvalidFieldException("limit", "comment.limit.range", MAX_THREADS);
        }
        if (offset < 0 || offset > 1_000_000) {
            throw new InvalidFieldException("offset", "comment.offset.range");
        }
        Optional<Long> viewer = currentMember.id();
        boolean moderator = moderation.isModerator();
        List<Comment> all = comments.page(ideaNumber, !"oldest".equals(sort), offset, limit, viewer, moderator).stream()
                // hidden for all but moderators; held also for the author
                .filter(c -> moderator || !c.isHidden() && (!c.isHeld() || viewer.equals(Optional.of(c.authorId()))))
                .toList();
        Set<Long> mine = currentMember.find()
                .map(me -> comments.votedBy(me.id(), all.stream().map(Comment::id).toList()))
                .orElse(Set.of());
        Map<Long, List<Thread>> children = new HashMap<>();
        List<Thread> roots = new ArrayList<>();
        for (Comment comment : all) {
            Thread node = new Thread(comment, mine.contains(comment.id()), new ArrayList<>());
            children.put(comment.id(), node.replies());
            List<Thread> siblings = comment.parentId().isPresent() ? children.get(comment.parentId().get()) : roots;
            if (siblings != null) { // a reply under a hidden comment goes with it
                siblings.add(node);
            }
        }
        if (!"oldest".equals(sort)) {
            roots.sort(Comparator.comparingDouble((Thread t) -> -Ranking.wilson(t.comment().upVotes(), 0))
                    .thenComparing(t -> t.comment().createdAt()));
        }
        return roots;
    }

    /** A member's newest comments, for their profile. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Comment> byAuthor(long memberId, int limit) {
        return comments.byAuthor(memberId, Math.max(1, Math.min(limit, 100)));
    }

    private Comment find(long ideaNumber, long commentId) {
        return comments.findById(commentId)
                .filter(comment -> comment.ideaNumber() == ideaNumber)
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
    }

    /** A comment with its replies, and whether the caller up-voted it. */
    public record Thread(Comment comment, boolean upVotedByMe, List<Thread> replies) {
    }
}
