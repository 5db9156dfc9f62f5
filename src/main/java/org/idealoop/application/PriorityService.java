package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.priority.Demand;
import org.idealoop.domain.priority.PriorityBreakdown;
import org.idealoop.domain.priority.PriorityRepository;
import org.idealoop.domain.priority.Rice;
import org.idealoop.domain.priority.RiceEstimate;

/**
 * Demand, RICE estimates and the priority score of ideas (docs/ranking.md, "Priority"). Only those who
 * manage an idea (its team's product managers, admins; see {@link StaffScope}) read or set them: account
 * values are never shown to members. The score is computed at read time, never stored, so a changed
 * account value shows on the next read and nothing locks votes to recompute scores.
 */
@ApplicationScoped
@Transactional
public class PriorityService {

    private static final Logger LOG = Logger.getLogger(PriorityService.class.getName());

    /** Account segments, as the accounts page offers them; {@link Demand#NO_ACCOUNT} is a member on their own. */
    /** The accounts' segments, and "none" for members without an account. */
    public static final List<String> SEGMENTS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(org.idealoop.domain.account.Segment.values()).map(org.idealoop.domain.account.Segment::id),
            java.util.stream.Stream.of(Demand.NO_ACCOUNT)).toList();

    @Inject
    PriorityRepository priorities;

    @Inject
    IdeaRepository ideas;

    @Inject
    CurrentMember currentMember;

    @Inject
    StaffScope scope;

    @Inject
    ModerationService audit;

    private final Clock clock = Clock.systemUTC();

    /** May the signed-in member see this idea's demand, RICE estimate and score? */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canSee(Idea idea) {
        return currentMember.find().map(me -> scope.manages(me, idea.teamId())).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RiceEstimate> rice(long number) {
        Idea idea = managed(number);
        return Optional.ofNullable(priorities.rice(List.of(idea.number())).get(idea.number()));
    }

    /** Sets the idea's RICE estimate (all four values); each bad value is refused naming its field. */
    public RiceEstimate setRice(long number, Long reach, Double impact, Double confidence, Double effort) {
        Idea idea = managed(number);
        Member me = currentMember.require();
        Rice rice = Rice.of(reach, impact, confidence, effort);
        Optional<RiceEstimate> before = Optional.ofNullable(priorities.rice(List.of(idea.number())).get(idea.number()));
        Instant now = clock.instant();
        priorities.saveRice(idea.number(), rice, me.id(), now);
        audit.record("rice_set", ContentType.IDEA, idea.number(), before.map(b -> describe(b.rice())).orElse(null),
                describe(rice));
        LOG.info(() -> "RICE of idea " + number + " set to " + describe(rice) + " by member " + me.id());
        return new RiceEstimate(idea.number(), rice, me.id(), me.displayName(), now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PriorityBreakdown breakdown(long number) {
        Idea idea = managed(number);
        return breakdowns(List.of(idea)).get(idea.number());
    }

    /** Breakdowns of ideas the caller was already allowed to list (an inbox): two queries for all of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, PriorityBreakdown> breakdowns(Collection<Idea> list) {
        List<Long> numbers = list.stream().map(Idea::number).toList();
        Map<Long, Demand> demand = priorities.demand(numbers);
        Map<Long, RiceEstimate> rice = priorities.rice(numbers);
        Instant now = clock.instant();
        Map<Long, PriorityBreakdown> result = new java.util.HashMap<>();
        for (Idea idea : list) {
            Demand d = demand.getOrDefault(idea.number(), Demand.NONE);
            Instant last = d.lastSupport().filter(t -> t.isAfter(idea.lastActivityAt())).orElse(idea.lastActivityAt());
            result.put(idea.number(), PriorityBreakdown.of(d, Optional.ofNullable(rice.get(idea.number()))
                    .map(RiceEstimate::rice), last, now));
        }
        return result;
    }

    /** Ideas ordered by priority (highest first, then newest), optionally only those a segment supports. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> prioritise(List<Idea> list, Optional<String> segment, boolean byPriority) {
        segment.ifPresent(PriorityService::requireSegment);
        Map<Long, PriorityBreakdown> scores = breakdowns(list);
        var stream = list.stream().filter(i -> segment.isEmpty() || scores.get(i.number()).demand().includes(segment.get()));
        if (byPriority) {
            stream = stream.sorted(Comparator.comparingDouble((Idea i) -> scores.get(i.number()).priority()).reversed()
                    .thenComparing(Comparator.comparing(Idea::number).reversed()));
        }
        return stream.toList();
    }

    public static String requireSegment(String segment) {
        if (!SEGMENTS.contains(segment)) {
            throw new InvalidFieldException("segment", "priority.segment.invalid");
        }
        return segment;
    }

    private Idea managed(long number) {
        Idea idea = ideas.findByNumber(number).orElseThrow(() -> new NotFoundException("idea " + number));
        scope.requireManages(currentMember.require(), idea.teamId(), "priority.forbidden");
        return idea;
    }

    private static String describe(Rice rice) {
        return String.format(Locale.ROOT, "reach=%d impact=%s confidence=%s effort=%s", rice.reach(), rice.impact(),
                rice.confidence(), rice.effort());
    }
}
