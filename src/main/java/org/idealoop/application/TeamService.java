package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.category.CategoryRepository;
import org.idealoop.domain.category.Tag;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.RoutingRule;
import org.idealoop.domain.team.TeamMembership;
import org.idealoop.domain.team.TeamRepository;

/**
 * Product teams: admins create and change them, staff them, give them categories and routing rules;
 * members follow them; their product managers work through their triage inbox.
 */
@ApplicationScoped
@Transactional
public class TeamService {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final List<String> INBOX_VIEWS = List.of("new", "awaiting", "overdue", "activity", "open");

    public static final List<String> INBOX_SORTS = List.of("newest", "oldest", "score", "priority");

    @Inject
    TeamRepository teams;

    @Inject
    CategoryRepository categories;

    @Inject
    MemberRepository members;

    @Inject
    CurrentMember currentMember;

    @Inject
    PriorityService priority;

    @Inject
    ModerationService audit;

    @Inject
    jakarta.enterprise.event.Event<IdeaChanged> ideaChanged;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProductTeam> all() {
        return teams.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductTeam get(String slug) {
        return teams.findBySlug(slug == null ? "" : slug.strip()).orElseThrow(() -> new NotFoundException("team " + slug));
    }

    public ProductTeam create(String slug, String name, String description, Integer slaHours) {
        currentMember.requireRole(Role.ADMIN);
        String validName = name(name);
        String validSlug = slug == null || slug.isBlank() ? org.idealoop.domain.idea.Slug.of(validName) : slug.strip();
        if (validSlug.length() < 2 || validSlug.length() > 60 || !SLUG.matcher(validSlug).matches()) {
            throw new InvalidFieldException("slug", "team.slug.invalid");
        }
        if (teams.findBySlug(validSlug).isPresent()) {
            throw new ConflictException("slug", "team.slug.taken");
        }
        ProductTeam team = new ProductTeam(validSlug, validName, description(description), clock.instant());
        team.change(validName, description(description), sla(slaHours, 72));
        ProductTeam added = teams.add(team);
        audit.record("team_create", ContentType.TEAM, added.id(), null, describe(added));
        return added;
    }

    public ProductTeam change(String slug, String name, String description, Integer slaHours) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = get(slug);
        String before = describe(team);
        team.change(name == null ? team.name() : name(name),
                description == null ? team.description() : description(description), sla(slaHours, team.slaHours()));
        audit.record("team_change", ContentType.TEAM, team.id(), before, describe(team));
        return team;
    }

    private static String describe(ProductTeam t) {
        return "slug=" + t.slug() + " name=" + t.name() + " slaHours=" + t.slaHours() + " description=" + t.description();
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "team.name.required");
        }
        String n = name.strip();
        if (n.length() < 2 || n.length() > 80) {
            throw new InvalidFieldException("name", "team.name.length");
        }
        return org.idealoop.domain.text.PlainText.requireLine("name", n);
    }

    private static String description(String description) {
        String d = description == null ? "" : description.strip();
        if (d.length() > 500) {
            throw new InvalidFieldException("description", "team.description.length");
        }
        return d;
    }

    private static int sla(Integer hours, int otherwise) {
        if (hours == null) {
            return otherwise;
        }
        if (hours < 1 || hours > 2_160) {
            throw new InvalidFieldException("slaHours", "team.sla.range");
        }
        return hours;
    }

    /** Staffs a team: the member must be staff; what they own is shown in the staff directory. */
    public void addMember(String slug, long memberId, String owns) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = get(slug);
        Member member = members.findById(memberId).filter(Member::isActive)
                .orElseThrow(() -> new InvalidFieldException("member", "team.member.unknown"));
        if (!member.isStaff()) {
            throw new InvalidFieldException("member", "team.member.notStaff");
        }
        String what = owns == null ? "" : owns.strip();
        if (what.length() > 200) {
            throw new InvalidFieldException("owns", "team.owns.length");
        }
        teams.addMember(new TeamMembership(team.id(), memberId, what));
        audit.record("team_member_add", ContentType.TEAM, team.id(), null, "member=" + memberId + " owns=" + what);
    }

    public void removeMember(String slug, long memberId) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = get(slug);
        teams.removeMember(team.id(), memberId);
        audit.record("team_member_remove", ContentType.TEAM, team.id(), "member=" + memberId, null);
    }

    public Category addCategory(String slug, String name) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = get(slug);
        String n = categoryName(name, null);
        Category added = categories.add(new Category(org.idealoop.domain.idea.Slug.of(n), n, team.id(), clock.instant()));
        audit.record("category_add", ContentType.TEAM, team.id(), null, "category=" + added.slug() + " name=" + n);
        return added;
    }

    /** A new name for a category of the team; its slug (links, filters, the search index) stays. */
    public Category renameCategory(String slug, long categoryId, String name) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = get(slug);
        Category category = categoryOf(team, categoryId);
        String before = category.name();
        category.rename(categoryName(name, category));
        audit.record("category_rename", ContentType.TEAM, team.id(), "category=" + category.slug() + " name=" + before,
                "category=" + category.slug() + " name=" + category.name());
        return category;
    }

    /**
     * Deletes a category of the team. One that still has ideas is refused with their number, unless
     * they are moved first to another category of the same team ({@code moveTo}, a category id).
     */
    public void deleteCategory(String slug, long categoryId, Long moveTo) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = get(slug);
        Category category = categoryOf(team, categoryId);
        long ideas = categories.ideaCounts(team.id()).getOrDefault(category.id(), 0L);
        String moved = "";
        if (ideas > 0) {
            if (moveTo == null) {
                throw new ConflictException("moveTo", "team.category.hasIdeas", ideas);
            }
            Category target = categories.findCategory(moveTo)
                    .filter(c -> c.teamId() == team.id() && !c.id().equals(category.id()))
                    .orElseThrow(() -> new InvalidFieldException("moveTo", "team.category.moveTo"));
            categories.moveIdeas(category.id(), target.id()).forEach(n -> ideaChanged.fire(new IdeaChanged(n)));
            moved = " ideasMovedTo=" + target.slug() + " ideas=" + ideas;
        }
        categories.remove(category);
        audit.record("category_delete", ContentType.TEAM, team.id(),
                "category=" + category.slug() + " name=" + category.name(), moved.isEmpty() ? null : moved.strip());
    }

    /** The team's categories by name, each with the number of ideas filed under it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryCount> categories(String slug) {
        ProductTeam team = get(slug);
        Map<Long, Long> counts = categories.ideaCounts(team.id());
        return categories.categories().stream().filter(c -> c.teamId() == team.id())
                .map(c -> new CategoryCount(c, counts.getOrDefault(c.id(), 0L))).toList();
    }

    public record CategoryCount(Category category, long ideas) {
    }

    private Category categoryOf(ProductTeam team, long categoryId) {
        return categories.findCategory(categoryId).filter(c -> c.teamId() == team.id())
                .orElseThrow(() -> new NotFoundException("category " + categoryId));
    }

    /** A category's name: one line of 2 to 80 characters whose address name no other category has. */
    private String categoryName(String name, Category renamed) {
        String n = name == null ? "" : name.strip();
        if (n.length() < 2 || n.length() > 80) {
            throw new InvalidFieldException("name", "team.category.name");
        }
        org.idealoop.domain.text.PlainText.requireLine("name", n);
        String categorySlug = org.idealoop.domain.idea.Slug.of(n);
        boolean taken = categories.categories().stream().filter(c -> renamed == null || !c.id().equals(renamed.id()))
                .anyMatch(c -> c.slug().equals(categorySlug) || c.name().equalsIgnoreCase(n));
        if (taken) {
            throw new ConflictException("name", "team.category.taken");
        }
        return n;
    }

    /**
     * Deletes a team that nothing points at any more: refused, with the numbers, while ideas or products
     * belong to it. Its categories, staff, routing rules, follows and webhooks go with it.
     */
    public void delete(String slug) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = get(slug);
        long[] references = teams.referencesTo(team.id());
        if (references[0] > 0 || references[1] > 0) {
            throw new ConflictException("team", "team.delete.referenced", references[0], references[1]);
        }
        String before = describe(team);
        teams.remove(team);
        audit.record("team_delete", ContentType.TEAM, team.id(), before, null);
    }

    /** What keeps the team from being deleted: {ideas, products}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long[] references(String slug) {
        return teams.referencesTo(get(slug).id());
    }

    /** The team's staff with what each owns, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffEntry> staff(String slug) {
        ProductTeam team = get(slug);
        return teams.memberships().stream().filter(m -> m.teamId() == team.id())
                .flatMap(m -> members.findById(m.memberId()).stream().map(member -> new StaffEntry(member, m.owns())))
                .sorted(java.util.Comparator.comparing(e -> e.member().displayName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    public record StaffEntry(Member member, String owns) {
    }

    /** Product managers whose name or e-mail address contains the text (admins, to staff a team). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> productManagersMatching(String text) {
        currentMember.requireRole(Role.ADMIN);
        String t = text == null ? "" : text.strip();
        if (t.length() < 2 || t.length() > 100) {
            throw new InvalidFieldException("member", "team.member.search");
        }
        return members.search(t, Role.PRODUCT_MANAGER, 20);
    }

    public RoutingRule addRule(String slug, String kind, String value) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = get(slug);
        String v = RoutingRule.valueOf(kind, value);
        if (RoutingRule.TAG.equals(kind) && categories.findTag(v).isEmpty()) {
            throw new InvalidFieldException("value", "team.rule.tag.unknown"); // it could never match
        }
        String wanted = v;
        if (teams.rules().stream().anyMatch(r -> r.kind().equals(kind) && r.value().equals(wanted))) {
            throw new ConflictException("value", "team.rule.taken");
        }
        RoutingRule rule = teams.addRule(team.id(), kind, v, clock.instant());
        audit.record("routing_rule_add", ContentType.TEAM, team.id(), null, kind + "=" + v);
        return rule;
    }

    public void removeRule(String slug, long ruleId) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = get(slug);
        if (!teams.removeRule(team.id(), ruleId)) {
            throw new NotFoundException("routing rule " + ruleId);
        }
        audit.record("routing_rule_remove", ContentType.TEAM, team.id(), "rule=" + ruleId, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoutingRule> rules(String slug) {
        long teamId = get(slug).id();
        return teams.rules().stream().filter(r -> r.teamId() == teamId).toList();
    }

    /** The team an idea without category goes to: its first tag with a rule, else the first keyword found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> route(String title, String body, List<String> tagSlugs) {
        return RoutingRule.firstMatch(teams.rules(), title, body, tagSlugs).map(RoutingRule::teamId);
    }

    /**
     * "Test this rule": where an idea with this title, body and tags (names, comma-separated) would go
     * among all teams' rules, and which rule sends it there; nothing matched means community triage.
     * For whoever may read the team's settings.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RouteTest testRoute(String slug, String title, String body, String tagNames) {
        ProductTeam team = get(slug);
        if (!canReadInbox(team)) {
            throw new ForbiddenException("team.settings.forbidden");
        }
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() && b.isEmpty() && (tagNames == null || tagNames.isBlank())) {
            throw new InvalidFieldException("testTitle", "team.rule.test.empty");
        }
        List<String> tags = tagNames == null ? List.of() : java.util.Arrays.stream(tagNames.split(","))
                .map(String::strip).filter(n -> !n.isEmpty()).map(Tag::slugOf).toList();
        Optional<RoutingRule> rule = RoutingRule.firstMatch(teams.rules(), t, b, tags);
        Optional<ProductTeam> chosen = rule.flatMap(r -> teams.all().stream().filter(x -> x.id() == r.teamId()).findFirst());
        return new RouteTest(chosen.orElse(null), rule.orElse(null));
    }

    /** The team a test idea would go to and the rule that sends it; both null: community triage. */
    public record RouteTest(ProductTeam team, RoutingRule rule) {
    }

    public boolean follow(String slug, boolean on) {
        long me = currentMember.require().id();
        ProductTeam team = get(slug);
        if (on) {
            teams.follow(team.id(), me, clock.instant());
        } else {
            teams.unfollow(team.id(), me);
        }
        return on;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean followsTeam(String slug) {
        return currentMember.find().map(me -> teams.follows(get(slug).id(), me.id())).orElse(false);
    }

    /** May the signed-in member read this team's inbox (its product managers, admins)? */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canReadInbox(ProductTeam team) {
        return currentMember.find().map(me -> me.hasRole(Role.ADMIN) || me.hasRole(Role.PRODUCT_MANAGER)
                && teams.membershipsOf(me.id()).stream().anyMatch(m -> m.teamId() == team.id())).orElse(false);
    }

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
        ProductTeam team = get(slug);
        if (!canReadInbox(team)) {
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

    /** Ideas under review, planned, in progress and delivered, of a team (or all teams), for the public roadmap. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Roadmap roadmap(String slug, int limitPerColumn) {
        Optional<Long> teamId = slug == null || slug.isBlank() ? Optional.empty() : Optional.of(teams.findBySlug(slug.strip())
                .orElseThrow(() -> new InvalidFieldException("team", "idea.team.unknown")).id());
        int limit = Math.max(1, Math.min(limitPerColumn, 100));
        return new Roadmap(teams.inStatus(teamId, IdeaStatus.UNDER_REVIEW, limit), teams.inStatus(teamId, IdeaStatus.PLANNED, limit),
                teams.inStatus(teamId, IdeaStatus.IN_PROGRESS, limit), teams.inStatus(teamId, IdeaStatus.DELIVERED, limit));
    }

    public record Roadmap(List<Idea> underReview, List<Idea> planned, List<Idea> inProgress, List<Idea> delivered) {
    }

    /** Ideas in Action: delivered ideas, newest first, with the team's closing message. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivered> inAction(int limit) {
        List<Idea> delivered = teams.inStatus(Optional.empty(), IdeaStatus.DELIVERED, Math.max(1, Math.min(limit, 100)));
        java.util.Map<Long, String> messages = teams.deliveryMessages(delivered.stream().map(Idea::number).toList());
        return delivered.stream().map(i -> new Delivered(i, messages.get(i.number()))).toList();
    }

    public record Delivered(Idea idea, String closingMessage) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkflowService.Outcome outcome(ProductTeam team) {
        int[] answers = teams.outcomeOf(team.id());
        return WorkflowService.Outcome.of(answers[0], answers[1]);
    }
}
