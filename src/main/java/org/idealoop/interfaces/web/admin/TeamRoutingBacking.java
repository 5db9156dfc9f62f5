package org.idealoop.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.idealoop.application.RoutingRuleService;
import org.idealoop.domain.team.RoutingRule;

/** The routing part of /admin/team ({@link TeamAdminBacking}): the team's rules and the "test this rule" box. */
@Named
@ViewScoped
public class TeamRoutingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoutingRuleService routing;

    @Inject
    TeamAdminBacking page;

    private String ruleKind = RoutingRule.KEYWORD;
    private String ruleValue;

    private String testTitle;
    private String testBody;
    private String testTags;
    private transient RoutingRuleService.RouteTest routeTest;
    private boolean tested;
    private transient List<RoutingRule> rules;

    public void addRule() {
        page.done("admin.team.rules.added", routing.addRule(page.getTeam(), ruleKind, ruleValue).value());
    }

    public void removeRule(long ruleId) {
        routing.removeRule(page.getTeam(), ruleId);
        page.done("admin.team.rules.removed");
    }

    public void testRoute() {
        routeTest = routing.testRoute(page.getTeam(), testTitle, testBody, testTags);
        tested = true;
    }

    public List<RoutingRule> getRules() {
        if (rules == null) {
            rules = routing.rules(page.getTeam());
        }
        return rules;
    }

    /** The rule asked about (being removed), or null. */
    public RoutingRule getPickedRule() {
        String confirming = page.confirming();
        return confirming == null || !confirming.startsWith("rule-") ? null : getRules().stream()
                .filter(r -> confirming.equals("rule-" + r.id())).findFirst().orElse(null);
    }

    public List<String> getRuleKinds() {
        return List.of(RoutingRule.KEYWORD, RoutingRule.TAG);
    }

    public boolean isTested() {
        return tested;
    }

    public RoutingRuleService.RouteTest getRouteTest() {
        return routeTest;
    }

    public String getRuleKind() {
        return ruleKind;
    }

    public void setRuleKind(String ruleKind) {
        this.ruleKind = ruleKind;
    }

    public String getRuleValue() {
        return ruleValue;
    }

    public void setRuleValue(String ruleValue) {
        this.ruleValue = ruleValue;
    }

    public String getTestTitle() {
        return testTitle;
    }

    public void setTestTitle(String testTitle) {
        this.testTitle = testTitle;
    }

    public String getTestBody() {
        return testBody;
    }

    public void setTestBody(String testBody) {
        this.testBody = testBody;
    }

    public String getTestTags() {
        return testTags;
    }

    public void setTestTags(String testTags) {
        this.testTags = testTags;
    }
}
