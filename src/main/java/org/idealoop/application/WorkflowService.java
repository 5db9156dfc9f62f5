package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.vote.VoteRepository;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamRepository;
import org.idealoop.domain.webhook.WebhookEvents;
import org.idealoop.domain.workflow.IdeaEvent;
import org.idealoop.domain.workflow.StatusWorkflow;
import org.idealoop.domain.workflow.WorkflowRepository;

/**
 * Closing the loop: product managers move ideas through the status workflow with an official
 * message, reassign them between teams, merge duplicates; every change is recorded on the idea's
 * timeline and published in the same transaction to the followers (in-app, and mail through the
 * notification outbox), to webhooks (their outbox) and to search. Nothing here waits for SMTP, HTTP
 * or Elasticsearch.
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
    VoteRepository locks;

    @Inject
    TeamRepository teams;

    @Inject
    org.idealoop.domain.category.CategoryRepository categories;

    @Inject
    CurrentMember currentMember;

    @Inject
    StaffScope scope;

    @Inject
    Event<IdeaChanged> ideaChanged;

    @Inject
    WebhookEvents webhooks;

    @Inject
    ModerationService audit;

    @Inject
    org.idealoop.domain.comment.CommentRepository comments;

    @Inject
    org.idealoop.domain.member.MemberRepository members;

    private final Clock clock = Clock.systemUTC();

    /** May the signed-in member change this idea's status: admins, and product managers of its team (any, while in triage)? */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canTriage(Idea idea) {
        return currentMember.find().map(me -> canTriage(me, idea.teamId())).orElse(false);
    }

    /** May the signed-in member merge, unmerge or reassign this idea (its team's staff, moderators, admins)? */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canCurate(Idea idea) {
        return currentMember.find().map(me -> scope.curates(me, idea.teamId())).orElse(false);
    }

    private boolean canTriage(Member me, Optional<Long> teamId) {
        return scope.manages(me, teamId);
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
        VoteRepository.LockedIdea locked = locks.lockIdea(number).orElseThrow(() -> new NotFoundException("idea " + number));
        Idea idea = ideas.findByNumber(number).orElseThrow(() -> new NotFoundException("idea " + number));
        if (!canTriage(me, idea.teamId())) {
            throw new ForbiddenException("status.forbidden");
        }
        if (statusId == null || statusId.isBlank()) {
            throw new InvalidFieldException("status", "status.required");
        }
        IdeaStatus to = IdeaStatus.fromId(statusId.strip())
                .orElseThrow(() -> new InvalidFieldException("status", "ideas.status.invalid"));
        if (idea.mergedInto().isPresent()) {
            throw new ConflictException("status", "status.merged");
        }
        IdeaStatus from = locked.status();
        workflow.workflow().check(from, to, message);
        Instant now = clock.instant();
        workflow.setStatus(number, to, now);
        long eventId = workflow.addEvent(number, IdeaEvent.Kind.STATUS, me.id(), from.id(), to.id(),
                idea.teamId().orElse(null), message, now);
        IdeaEvent event = publish(eventId, idea, me, now);
        LOG.info(() -> "Idea " + number + " moved from " + from.id() + " to " + to.id() + " by member " + me.id());
        return event;
    }

    /** Notifies followers, queues webhooks and re-indexes: all in the caller's transaction. */
    private IdeaEvent publish(long eventId, Idea idea, Member actor, Instant now) {
        int told = workflow.notifyFollowers(eventId, idea.number(), idea.teamId(), actor.id(), now);
        IdeaEvent event = workflow.event(eventId).orElseThrow();
        Optional<ProductTeam> team = idea.teamId().flatMap(this::team);
        webhooks.ideaEvent(event, idea, idea.teamId(), team, actor);
        ideaChanged.fire(new IdeaChanged(idea.number()));
        LOG.fine(() -> "Event " + eventId + " told " + told + " followers");
        return event;
    }

    private Optional<ProductTeam> team(long id) {
        return teams.all().stream().filter(t -> t.id() == id).findFirst();
    }

    /** The idea's timeline events, oldest first (posting and edits come from the idea and its revisions). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IdeaEvent> events(long number) {
        ideas.findByNumber(number).orElseThrow(() -> new NotFoundException("idea " + number));
        return workflow.events(number);
    }

    /**
     * The answer customers look for at the top of an idea: the newest status change that came with a message,
     * or the newest visible official (staff) comment, whichever is later.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfficialResponse> latestOfficialResponse(long number) {
        Optional<OfficialResponse> fromStatus = events(number).stream()
                .filter(e -> e.kind() == IdeaEvent.Kind.STATUS && e.message() != null && !e.message().isBlank())
                .max(java.util.Comparator.comparing(IdeaEvent::createdAt))
                .map(e -> new OfficialResponse(e.actorId(), e.actorName(), e.actorId().flatMap(this::staffRole).orElse(null),
                        e.createdAt(), e.message(), null, e.to()));
        Optional<OfficialResponse> fromComment = comments.ofIdea(number).stream()
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

    /** Gives the idea to another team (null: back to community triage); the new team's members are told. */
    public IdeaEvent reassign(long number, String teamSlug, String message) {
        return reassign(number, teamSlug, null, message);
    }

    /**
     * Moves the idea to another team, or files it under another category (which belongs to a team, so
     * the team follows); the history is kept and the new team's members are told.
     */
    public IdeaEvent reassign(long number, String teamSlug, String categorySlug, String message) {
        Member me = currentMember.require();
        locks.lockIdea(number).orElseThrow(() -> new NotFoundException("idea " + number));
        Idea idea = ideas.findByNumber(number).orElseThrow(() -> new NotFoundException("idea " + number));
        scope.requireCurates(me, idea.teamId(), "status.forbidden");
        Optional<org.idealoop.domain.category.Category> category = categorySlug == null || categorySlug.isBlank()
                ? Optional.empty() : Optional.of(categories.findCategory(categorySlug.strip())
                        .orElseThrow(() -> new InvalidFieldException("category", "idea.category.unknown")));
        Optional<ProductTeam> named = teamSlug == null || teamSlug.isBlank() ? Optional.empty()
                : Optional.of(teams.findBySlug(teamSlug.strip())
                        .orElseThrow(() -> new InvalidFieldException("team", "idea.team.unknown")));
        Optional<ProductTeam> target = category.isPresent() ? team(category.get().teamId()) : named;
        if (category.isPresent() && named.isPresent() && named.get().id() != category.get().teamId()) {
            throw new InvalidFieldException("team", "idea.team.mismatch");
        }
        if (category.isPresent() && category.get().id().equals(idea.categoryId().orElse(null))) {
            throw new InvalidFieldException("category", "category.unchanged");
        }
        if (category.isEmpty() && target.map(ProductTeam::id).equals(idea.teamId())) {
            throw new InvalidFieldException("team", "team.unchanged");
        }
        String from = idea.teamId().flatMap(this::team).map(ProductTeam::slug).orElse(null);
        Instant now = clock.instant();
        workflow.assignTeam(number, target.map(ProductTeam::id).orElse(null), now);
        category.ifPresent(c -> workflow.fileUnder(number, c.id()));
        long eventId = workflow.addEvent(number, IdeaEvent.Kind.TEAM, me.id(), from,
                target.map(ProductTeam::slug).orElse(null), target.map(ProductTeam::id).orElse(null), message, now);
        target.ifPresent(t -> workflow.notifyTeam(eventId, number, t.id(), me.id(), now));
        IdeaEvent event = workflow.event(eventId).orElseThrow();
        webhooks.ideaEvent(event, idea, target.map(ProductTeam::id), target, me);
        ideaChanged.fire(new IdeaChanged(number));
        return event;
    }

    /**
     * Merges idea B into A: B's voters become A's voters unless they voted on A already (one vote per
     * member, never two), B's followers follow A, B is closed as a duplicate and frozen with a pointer
     * to A, and everyone following B is told. Product managers, moderators and admins.
     */
    public IdeaEvent merge(long merged, Long into) {
        Member me = requireCurator();
        if (into == null) {
            throw new InvalidFieldException("into", "merge.into.required");
        }
        if (into == merged) {
            throw new InvalidFieldException("into", "merge.into.self");
        }
        lockInOrder(merged, into);
        Idea b = ideas.findByNumber(merged).orElseThrow(() -> new NotFoundException("idea " + merged));
        Idea a = ideas.findByNumber(into).orElseThrow(() -> new InvalidFieldException("into", "merge.into.unknown"));
        scope.requireCurates(me, b.teamId(), "merge.forbidden"); // both ideas: votes leave one and join the other
        scope.requireCurates(me, a.teamId(), "merge.forbidden");
        if (b.mergedInto().isPresent()) {
            throw new ConflictException("into", "merge.already");
        }
        if (a.mergedInto().isPresent()) {
            throw new InvalidFieldException("into", "merge.into.merged");
        }
        Instant now = clock.instant();
        workflow.merge(merged, into, now);
        long eventId = workflow.addEvent(merged, IdeaEvent.Kind.MERGE, me.id(), b.status().id(), Long.toString(into),
                b.teamId().orElse(null), null, now);
        workflow.addEvent(into, IdeaEvent.Kind.MERGED_IN, me.id(), Long.toString(merged), null,
                a.teamId().orElse(null), null, now);
        IdeaEvent event = publish(eventId, b, me, now);
        ideaChanged.fire(new IdeaChanged(into));
        LOG.info(() -> "Idea " + merged + " merged into " + into + " by member " + me.id());
        return event;
    }

    /** Undoes a merge: B gets back its status and its own votes only; A loses the votes the merge copied. */
    public IdeaEvent unmerge(long merged) {
        Member me = requireCurator();
        Idea b = ideas.findByNumber(merged).orElseThrow(() -> new NotFoundException("idea " + merged));
        scope.requireCurates(me, b.teamId(), "merge.forbidden");
        long into = b.mergedInto().orElseThrow(() -> new ConflictException("idea", "merge.none"));
        lockInOrder(merged, into);
        IdeaStatus restored = workflow.events(merged).stream()
                .filter(e -> e.kind() == IdeaEvent.Kind.MERGE).reduce((first, second) -> second)
                .flatMap(e -> IdeaStatus.fromId(e.from())).orElse(IdeaStatus.NEW);
        Instant now = clock.instant();
        workflow.unmerge(merged, into, restored, now);
        long eventId = workflow.addEvent(merged, IdeaEvent.Kind.UNMERGE, me.id(), Long.toString(into), restored.id(),
                b.teamId().orElse(null), null, now);
        IdeaEvent event = publish(eventId, b, me, now);
        ideaChanged.fire(new IdeaChanged(into));
        return event;
    }

    private Member requireCurator() {
        Member me = currentMember.require();
        if (!me.hasRole(Role.PRODUCT_MANAGER) && !me.hasRole(Role.MODERATOR) && !me.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("merge.forbidden");
        }
        return me;
    }

    private void lockInOrder(long one, long other) {
        long first = Math.min(one, other);
        long second = Math.max(one, other);
        locks.lockIdea(first).orElseThrow(() -> first == one ? new NotFoundException("idea " + one)
                : new InvalidFieldException("into", "merge.into.unknown"));
        locks.lockIdea(second).orElseThrow(() -> second == one ? new NotFoundException("idea " + one)
                : new InvalidFieldException("into", "merge.into.unknown"));
    }

    /** "Did this solve it for you?": asked of the voters of a delivered idea; answering again replaces the answer. */
    public Outcome answerOutcome(long number, Boolean solved, String comment) {
        Member me = currentMember.requireParticipant();
        Idea idea = ideas.findByNumber(number).orElseThrow(() -> new NotFoundException("idea " + number));
        if (solved == null) {
            throw new InvalidFieldException("solved", "outcome.solved.required");
        }
        if (comment != null && comment.strip().length() > 1_000) {
            throw new InvalidFieldException("comment", "outcome.comment.length");
        }
        if (idea.status() != IdeaStatus.DELIVERED) {
            throw new ConflictException("idea", "outcome.notDelivered");
        }
        if (!workflow.hasVoted(number, me.id())) {
            throw new ForbiddenException("outcome.votersOnly");
        }
        workflow.recordOutcome(number, me.id(), solved, comment == null || comment.isBlank() ? null : comment.strip(),
                clock.instant());
        Idea fresh = ideas.findByNumber(number).orElseThrow();
        return Outcome.of(fresh.outcomeYes(), fresh.outcomeNo());
    }

    /** Whether the signed-in member is asked the outcome question on this idea, and their answer so far. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Optional<Boolean>> outcomeQuestion(Idea idea) {
        if (idea.status() != IdeaStatus.DELIVERED) {
            return Optional.empty();
        }
        return currentMember.find().filter(me -> workflow.hasVoted(idea.number(), me.id()))
                .map(me -> workflow.outcomeOf(idea.number(), me.id()));
    }

    /** Yes and no answers, and the share of yes in percent (null without answers). */
    public record Outcome(int yes, int no, Integer percentSolved) {

        public static Outcome of(int yes, int no) {
            return new Outcome(yes, no, yes + no == 0 ? null : Math.round(100f * yes / (yes + no)));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<StatusWorkflow.Transition> transitions() {
        return workflow.workflow().transitions();
    }

    /** Admins replace the allowed moves, given as [from, to] pairs of status ids (the API's shape). */
    public void replaceTransitions(List<List<String>> pairs) {
        currentMember.requireRole(Role.ADMIN);
        if (pairs == null || pairs.isEmpty()) {
            throw new InvalidFieldException("transitions", "status.transitions.empty");
        }
        Set<StatusWorkflow.Transition> transitions = new HashSet<>();
        for (List<String> pair : pairs) {
            if (pair == null || pair.size() != 2) {
                throw new InvalidFieldException("transitions", "status.transitions.shape");
            }
            IdeaStatus from = IdeaStatus.fromId(pair.get(0))
                    .orElseThrow(() -> new InvalidFieldException("transitions", "ideas.status.invalid"));
            IdeaStatus to = IdeaStatus.fromId(pair.get(1))
                    .orElseThrow(() -> new InvalidFieldException("transitions", "ideas.status.invalid"));
            transitions.add(new StatusWorkflow.Transition(from, to));
        }
        replaceTransitions(transitions);
    }

    /**
     * Admins replace the allowed moves as a whole (the workflow page's matrix): refused, with nothing
     * stored, when a move stays in place or the moves would strand ideas ({@link StatusWorkflow#gap()}).
     */
    public void replaceTransitions(Set<StatusWorkflow.Transition> transitions) {
        Member me = currentMember.requireRole(Role.ADMIN);
        if (transitions == null || transitions.isEmpty()) {
            throw new InvalidFieldException("transitions", "status.transitions.empty");
        }
        if (transitions.stream().anyMatch(t -> t.from() == t.to())) {
            throw new InvalidFieldException("transitions", "status.unchanged");
        }
        new StatusWorkflow(transitions).requireWhole();
        String before = describe(workflow.workflow().transitions());
        workflow.replaceTransitions(transitions);
        audit.record("status_transitions", org.idealoop.domain.moderation.ContentType.SETTINGS, 0, before,
                describe(transitions));
        LOG.info(() -> "Status workflow replaced (" + transitions.size() + " moves) by member " + me.id());
    }

    private static String describe(Set<StatusWorkflow.Transition> transitions) {
        return transitions.stream().map(t -> t.from().id() + ">" + t.to().id()).sorted().toList().toString();
    }
}
