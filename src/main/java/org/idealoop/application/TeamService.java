package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.RoutingRule;
import org.idealoop.domain.team.TeamRepository;

/**
 * Product teams themselves: admins create, change and delete them; members follow them; who may read a
 * team's inbox and settings; where an idea without category goes. Their staff, categories, routing rules,
 * triage inbox and roadmap have services of their own ({@link TeamStaffService}, {@link TeamCategoryService},
 * {@link RoutingRuleService}, {@link TriageInboxService}, {@link RoadmapService}).
 */
@ApplicationScoped
@Transactional
public class TeamService {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Inject
    TeamRepository teams;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService audit;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProductTeam> all() {
        return teams.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductTeam get(String slug) {
        return teams.findBySlug(slug == null ? "" : slug.strip()).orElseThrow(() -> new NotFoundException("team " + slug));
    }

    /** The team, managed and locked: what {@link #get} returns may come from memory and must not change. */
    private ProductTeam lockForChange(String slug) {
        return teams.lockForChange(slug == null ? "" : slug.strip()).orElseThrow(() -> new NotFoundException("team " + slug));
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
        ProductTeam team = lockForChange(slug);
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

    /**
     * Deletes a team that nothing points at any more: refused, with the numbers, while ideas or products
     * belong to it. Its categories, staff, routing rules, follows and webhooks go with it.
     */
    public void delete(String slug) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = lockForChange(slug);
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

    /** The team an idea without category goes to: its first tag with a rule, else the first keyword found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> route(String title, String body, List<String> tagSlugs) {
        return RoutingRule.firstMatch(teams.rules(), title, body, tagSlugs).map(RoutingRule::teamId);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkflowService.Outcome outcome(ProductTeam team) {
        int[] answers = teams.outcomeOf(team.id());
        return WorkflowService.Outcome.of(answers[0], answers[1]);
    }
}
