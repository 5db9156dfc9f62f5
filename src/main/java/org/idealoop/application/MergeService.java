package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.workflow.IdeaEvent;
import org.idealoop.domain.workflow.IdeaEventDraft;
import org.idealoop.domain.workflow.WorkflowRepository;

/** Duplicates: merging one idea into another, and undoing it. Product managers, moderators and admins. */
@ApplicationScoped
@Transactional
public class MergeService {

    private static final Logger LOG = Logger.getLogger(MergeService.class.getName());

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
    Event<IdeaChanged> ideaChanged;

    private final Clock clock = Clock.systemUTC();

    /**
     * Merges idea B into A: B's voters become A's voters unless they voted on A already (one vote per
     * member, never two), B's followers follow A, B is closed as a duplicate and frozen with a pointer
     * to A, and everyone following B is told.
     */
    public IdeaEvent merge(long merged, Long into) {
        Member me = requireCurator();
        if (into == null) {
            throw new InvalidFieldException("into", "merge.into.required");
        }
        if (into == merged) {
            throw new InvalidFieldException("into", "merge.into.self");
        }
        Idea[] locked = lockInOrder(merged, into);
        Idea b = locked[0];
        Idea a = locked[1];
        scope.requireCurates(me, b.teamId(), "merge.forbidden"); // both ideas: votes leave one and join the other
        scope.requireCurates(me, a.teamId(), "merge.forbidden");
        Instant now = clock.instant();
        List<IdeaEventDraft> entries = b.mergeInto(a, me.id(), now);
        workflow.copyVotes(merged, into, now);
        IdeaEvent event = publisher.toFollowers(entries.get(0), b, me);
        publisher.record(entries.get(1));
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
        b = lockInOrder(merged, into)[0];
        IdeaStatus restored = workflow.events(merged).stream()
                .filter(e -> e.kind() == IdeaEvent.Kind.MERGE).reduce((first, second) -> second)
                .flatMap(e -> IdeaStatus.fromId(e.from())).orElse(IdeaStatus.NEW);
        Instant now = clock.instant();
        IdeaEventDraft entry = b.unmerge(restored, me.id(), now);
        workflow.removeCopiedVotes(merged, into);
        IdeaEvent event = publisher.toFollowers(entry, b, me);
        ideaChanged.fire(new IdeaChanged(into));
        LOG.info(() -> "Idea " + merged + " taken out of " + into + " by member " + me.id());
        return event;
    }

    private Member requireCurator() {
        Member me = currentMember.require();
        if (!me.hasRole(Role.PRODUCT_MANAGER) && !me.hasRole(Role.MODERATOR) && !me.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("merge.forbidden");
        }
        return me;
    }

    /** Locks both ideas, lower number first so that two opposite merges cannot deadlock; returns them as given. */
    private Idea[] lockInOrder(long one, long other) {
        Idea first = lockOne(Math.min(one, other), one);
        Idea second = lockOne(Math.max(one, other), one);
        return first.number() == one ? new Idea[] {first, second} : new Idea[] {second, first};
    }

    private Idea lockOne(long number, long merged) {
        return ideas.lockForChange(number).orElseThrow(() -> number == merged ? new NotFoundException("idea " + merged)
                : new InvalidFieldException("into", "merge.into.unknown"));
    }
}
