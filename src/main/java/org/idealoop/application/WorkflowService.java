package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.workflow.IdeaEvent;
import org.idealoop.domain.workflow.IdeaEventDraft;
import org.idealoop.domain.workflow.StatusWorkflow;
import org.idealoop.domain.workflow.WorkflowRepository;

/**
 * Closing the loop: product managers move ideas through the status workflow with an official message, and
 * everyone reads the timeline and the newest official answer. Merging ({@link MergeService}), moving between
 * teams ({@link ReassignmentService}), outcomes ({@link OutcomeService}) and the allowed moves
 * ({@link StatusWorkflowService}) have their own services.
 */
@ApplicationScoped
@Transactional
public class WorkflowService {

    private static final Logger LOG = Logger.getLogger(WorkflowService.class.getName());

    @Inject
    WorkflowRepository workflow;

    @Inject
    IdeaRepository ideas;

    @Inject
    CurrentMember currentMember;

    @Inject
    StaffScope scope;

    @Inject
    IdeaEventPublisher publisher;

    @Inject
    org.idealoop.domain.comment.CommentRepository comments;

    @Inject
    org.idealoop.domain.member.MemberRepository members;

    private final Clock clock = Clock.systemUTC();

    /** May the signed-in member change this idea's status: admins, and product managers of its team (any, while in triage)? */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canTriage(Idea idea) {
        return currentMember.find().map(me -> scope.manages(me, idea.teamId())).orElse(false);
    }

    /** May the signed-in member merge, unmerge or reassign this idea (its team's staff, moderators, admins)? */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canCurate(Idea idea) {
        return currentMember.find().map(me -> scope.curates(me, idea.teamId())).orElse(false);
    }

    /** The statuses the idea may move to next (empty for those who may not move it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IdeaStatus> nextStatuses(Idea idea) {
        if (!canTriage(idea)) {
            return List.of();
        }
        StatusWorkflow rules = workflow.workflow();
        return java.util.Arrays.stream(IdeaStatus.values()).filter(to -> rules.allows(idea.status(), to)).toList();
    }

    /**
     * Moves an idea to another status with an official message. Refusals: 403 for members who may not,
     * 400 naming {@code status} for a move the workflow does not allow, {@code message} for a decline or
     * re-opening without a reason.
     */
    public IdeaEvent changeStatus(long number, String statusId, String message) {
        Member me = currentMember.require();
        Idea idea = ideas.lockForChange(number).orElseThrow(() -> new NotFoundException("idea " + number));
        if (!scope.manages(me, idea.teamId())) {
            throw new ForbiddenException("status.forbidden");
        }
        if (statusId == null || statusId.isBlank()) {
            throw new InvalidFieldException("status", "status.required");
        }
        IdeaStatus to = IdeaStatus.fromId(statusId.strip())
                .orElseThrow(() -> new InvalidFieldException("status", "ideas.status.invalid"));
        IdeaEventDraft change = idea.changeStatus(to, me.id(), message, workflow.workflow(), clock.instant());
        IdeaEvent event = publisher.toFollowers(change, idea, me);
        LOG.info(() -> "Idea " + number + " moved from " + change.from() + " to " + change.to() + " by member " + me.id());
        return event;
    }

    /** The idea's timeline events, oldest first (posting and edits come from the idea and its revisions). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IdeaEvent> events(long number) {
        ideas.findByNumber(number).orElseThrow(() -> new NotFoundException("idea " + number));
        return workflow.events(number);
    }

    /** The timeline of an idea the caller has already read (and found visible): no second read of the idea. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IdeaEvent> timeline(org.idealoop.domain.idea.Idea idea) {
        return workflow.events(idea.number());
    }

    /**
     * The answer customers look for at the top of an idea: the newest status change that came with a message,
     * or the newest visible official (staff) comment, whichever is later.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfficialResponse> latestOfficialResponse(long number) {
        return latestOfficialResponse(events(number), comments.latestOfficial(number).stream().toList());
    }

    /** The idea's newest official comment visitors may read, for a page that shows only part of the discussion. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<org.idealoop.domain.comment.Comment> latestOfficialComment(long number) {
        return comments.latestOfficial(number).stream().toList();
    }

    /** {@link #latestOfficialResponse(long)} from the idea's timeline and comments the caller already read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfficialResponse> latestOfficialResponse(List<IdeaEvent> timeline,
                                                             List<org.idealoop.domain.comment.Comment> discussion) {
        Optional<OfficialResponse> fromStatus = timeline.stream()
                .filter(e -> e.kind() == IdeaEvent.Kind.STATUS && e.message() != null && !e.message().isBlank())
                .max(java.util.Comparator.comparing(IdeaEvent::createdAt))
                .map(e -> new OfficialResponse(e.actorId(), e.actorName(), e.actorId().flatMap(this::staffRole).orElse(null),
                        e.createdAt(), e.message(), null, e.to()));
        Optional<OfficialResponse> fromComment = discussion.stream()
                .filter(c -> c.isOfficial() && !c.isHidden() && !c.isHeld())
                .max(java.util.Comparator.comparing(org.idealoop.domain.comment.Comment::createdAt))
                .map(c -> {
                    Optional<Member> author = members.findById(c.authorId());
                    return new OfficialResponse(Optional.of(c.authorId()),
                            author.map(Member::displayName).orElse(Member.FORMER_MEMBER),
                            author.flatMap(m -> roleOf(m)).orElse(null), c.createdAt(), null, c.bodyHtml(), null);
                });
        if (fromStatus.isEmpty()) {
            return fromComment;
        }
        if (fromComment.isEmpty()) {
            return fromStatus;
        }
        return fromComment.get().at().isAfter(fromStatus.get().at()) ? fromComment : fromStatus;
    }

    private Optional<Role> staffRole(long memberId) {
        return members.findById(memberId).flatMap(WorkflowService::roleOf);
    }

    /** The role a customer should see beside an answer: product manager first, then admin, then moderator. */
    private static Optional<Role> roleOf(Member member) {
        return java.util.stream.Stream.of(Role.PRODUCT_MANAGER, Role.ADMIN, Role.MODERATOR).filter(member::hasRole).findFirst();
    }

    /**
     * An official response: who (their staff role, when they still have one), when, and either a status
     * change's plain-text message (with the status it moved to) or an official comment's sanitized HTML.
     */
    public record OfficialResponse(Optional<Long> memberId, String name, Role role, Instant at, String message,
                                   String bodyHtml, String status) {
    }

    /** Yes and no answers to "did this solve it for you?", and the share of yes in percent (null without answers). */
    public record Outcome(int yes, int no, Integer percentSolved) {

        public static Outcome of(int yes, int no) {
            return new Outcome(yes, no, yes + no == 0 ? null : Math.round(100f * yes / (yes + no)));
        }
    }
}
