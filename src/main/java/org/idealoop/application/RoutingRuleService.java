package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.category.CategoryRepository;
import org.idealoop.domain.category.Tag;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.RoutingRule;
import org.idealoop.domain.team.TeamRepository;

/** A team's routing rules (by tag or keyword) for ideas without category, and the "test this rule" box. */
@ApplicationScoped
@Transactional
public class RoutingRuleService {

    @Inject
    TeamService teamService;

    @Inject
    TeamRepository teams;

    @Inject
    CategoryRepository categories;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService audit;

    private final Clock clock = Clock.systemUTC();

    public RoutingRule addRule(String slug, String kind, String value) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = teamService.get(slug);
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
        ProductTeam team = teamService.get(slug);
        if (!teams.removeRule(team.id(), ruleId)) {
            throw new NotFoundException("routing rule " + ruleId);
        }
        audit.record("routing_rule_remove", ContentType.TEAM, team.id(), "rule=" + ruleId, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoutingRule> rules(String slug) {
        long teamId = teamService.get(slug).id();
        return teams.rules().stream().filter(r -> r.teamId() == teamId).toList();
    }

    /**
     * "Test this rule": where an idea with this title, body and tags (names, comma-separated) would go
     * among all teams' rules, and which rule sends it there; nothing matched means community triage.
     * For whoever may read the team's settings.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RouteTest testRoute(String slug, String title, String body, String tagNames) {
        ProductTeam team = teamService.get(slug);
        if (!teamService.canReadInbox(team)) {
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
}
