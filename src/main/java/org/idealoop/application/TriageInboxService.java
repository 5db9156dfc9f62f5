package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.category.CategoryRepository;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamRepository;

/** The triage inboxes: a team's, read by its product managers and admins, and the community's, of ideas no rule routed. */
@ApplicationScoped
@Transactional
public class TriageInboxService {

    public static final List<String> INBOX_VIEWS = List.of("new", "awaiting", "overdue", "activity", "open");

    public static final List<String> INBOX_SORTS = List.of("newest", "oldest", "score", "priority");

    @Inject
    TeamService teamService;

    @Inject
    TeamRepository teams;

    @Inject
    CategoryRepository categories;

    @Inject
    CurrentMember currentMember;

    @Inject
    PriorityService priority;

    private final Clock clock = Clock.systemUTC();

    /**
     * A view of the team's triage inbox: new ideas, ideas awaiting a first official response (oldest
     * first, the SLA clock running), overdue ones, and ideas with activity since the team last answered.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Inbox inbox(String slug, String view, int limit) {
        return inbox(slug, view, null, null, null, limit);
    }

    /** The inbox narrowed by status and category slug, sorted newest, oldest, by score or by priority. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Inbox inbox(String slug, String view, String status, String category, String sort, int limit) {
        return inbox(slug, view, status, category, sort, null, limit);
    }

    /** As above, and only ideas promoted by members of accounts of {@code segment} (when given). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Inbox inbox(String slug, String view, String status, String category, String sort, String segment, int limit) {
        ProductTeam team = teamService.get(slug);
        if (!teamService.canReadInbox(team)) {
            throw new ForbiddenException("inbox.forbidden");
        }
        return inbox(Optional.of(team.id()), team.slaHours(), view, status, category, sort, segment, limit);
    }

    /** The community triage queue: ideas no rule sent to a team. Product managers, moderators, admins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Inbox triage(String view, int limit) {
        return triage(view, null, null, limit);
    }

    /** The triage queue sorted (as {@link #inbox}) and narrowed to a segment; priority only for product managers, admins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Inbox triage(String view, String sort, String segment, int limit) {
        Member me = currentMember.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("inbox.forbidden");
        }
        boolean usesPriority = "priority".equals(sort == null ? null : sort.strip()) || segment != null && !segment.isBlank();
        if (usesPriority && !me.hasRole(Role.ADMIN) && !me.hasRole(Role.PRODUCT_MANAGER)) {
            throw new ForbiddenException("priority.forbidden");
        }
        return inbox(Optional.empty(), 72, view, null, null, sort, segment, limit);
    }

    /** How many ideas a priority sort or segment filter looks at before it keeps the first {@code limit}. */
    static final int PRIORITY_CANDIDATES = 1000;

    private Inbox inbox(Optional<Long> teamId, int slaHours, String view, String status, String category, String sort,
                        String segment, int limit) {
        String v = view == null || view.isBlank() ? "awaiting" : view.strip();
        if (!INBOX_VIEWS.contains(v)) {
            throw new InvalidFieldException("view", "inbox.view.invalid");
        }
        Instant now = clock.instant();
        Duration sla = Duration.ofHours(slaHours);
        Optional<IdeaStatus> wantedStatus = status == null || status.isBlank() ? Optional.empty()
                : Optional.of(IdeaStatus.fromId(status.strip())
                        .orElseThrow(() -> new InvalidFieldException("status", "ideas.status.invalid")));
        Optional<Long> wantedCategory = category == null || category.isBlank() ? Optional.empty()
                : Optional.of(categories.findCategory(category.strip())
                        .orElseThrow(() -> new InvalidFieldException("category", "idea.category.unknown")).id());
        Optional<String> wantedSort = sort == null || sort.isBlank() ? Optional.empty() : Optional.of(sort.strip());
        if (wantedSort.isPresent() && !INBOX_SORTS.contains(wantedSort.get())) {
            throw new InvalidFieldException("sort", "inbox.sort.invalid");
        }
        Optional<String> wantedSegment = segment == null || segment.isBlank() ? Optional.empty()
                : Optional.of(PriorityService.requireSegment(segment.strip()));
        boolean byPriority = wantedSort.filter("priority"::equals).isPresent();
        int kept = Math.max(1, Math.min(limit, 200));
        List<Idea> ideas;
        if (byPriority || wantedSegment.isPresent()) {
            // The score is computed at read time (never stored), so the candidates are read in the inbox's
            // own order and ranked here: one grouped demand query and one RICE query for all of them.
            List<Idea> candidates = teams.inbox(teamId, v, now.minus(sla), PRIORITY_CANDIDATES, wantedStatus,
                    wantedCategory, wantedSort.filter(x -> !byPriority));
            ideas = priority.prioritise(candidates, wantedSegment, byPriority).stream().limit(kept).toList();
        } else {
            ideas = teams.inbox(teamId, v, now.minus(sla), kept, wantedStatus, wantedCategory, wantedSort);
        }
        return new Inbox(v, slaHours, ideas.stream().map(i -> new InboxItem(i, i.createdAt().plus(sla),
                i.firstResponseAt().isEmpty() && now.isAfter(i.createdAt().plus(sla)))).toList());
    }

    public record Inbox(String view, int slaHours, List<InboxItem> items) {
    }

    /** An idea in the inbox with its SLA due time; overdue while unanswered past it. */
    public record InboxItem(Idea idea, Instant slaDueAt, boolean overdue) {
    }
}
