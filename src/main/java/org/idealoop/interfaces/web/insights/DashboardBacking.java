package org.idealoop.interfaces.web.insights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.idealoop.application.CurrentMember;
import org.idealoop.domain.member.Role;
import org.idealoop.application.DashboardService;
import org.idealoop.application.Messages;
import org.idealoop.application.TeamService;
import org.idealoop.application.TriageInboxService;
import org.idealoop.domain.insight.Dashboard;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.interfaces.web.Pages;

/**
 * /dashboard?team=&from=&to=: the insight dashboard with Chart.js charts (PrimeFaces p:chart), each with
 * its numbers as a table for those who do not see the chart.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    DashboardService dashboards;

    @Inject
    TeamService teams;

    @Inject
    TriageInboxService inboxes;

    @Inject
    CurrentMember currentMember;

    @Inject
    org.idealoop.application.PriorityService priority;

    private List<Prioritised> priorities;
    private String team;
    private String from;
    private String to;
    private Dashboard dashboard;
    private List<ProductTeam> offered;

    /**
     * The view action: a product manager lands on their own team's tab, an admin on the whole install;
     * an unknown team is a 404, a team the member may not see a 403, a bad date range a message.
     */
    public void load() {
        if (team == null || team.isBlank()) {
            team = isWholeInstallOffered() || getTeams().isEmpty() ? null : getTeams().get(0).slug();
        }
        ProductTeam asked = team == null ? null : teams.get(team);
        if (asked != null && !teams.canReadInbox(asked)) {
            Pages.forbidden();
            return;
        }
        dashboard = dashboards.dashboard(team, from, to);
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** The team's ten open ideas of highest priority (a team's tab only: the score weighs its customers). */
    public List<Prioritised> getPriorities() {
        if (priorities == null) {
            priorities = team == null || dashboard == null ? List.of() : prioritised();
        }
        return priorities;
    }

    private List<Prioritised> prioritised() {
        List<org.idealoop.domain.idea.Idea> top = inboxes.inbox(team, "open", null, null, "priority", null, 10).items()
                .stream().map(TriageInboxService.InboxItem::idea).toList();
        var scores = priority.breakdowns(top);
        return top.stream().map(idea -> new Prioritised(idea.number(), idea.title(),
                scores.containsKey(idea.number()) ? scores.get(idea.number()).priority() : 0)).toList();
    }

    /** An idea of the priority card: number, title, score. */
    public record Prioritised(long number, String title, double priority) {
    }

    /** The tabs the member may open: the teams they manage (every team for an admin). */
    /**
     * A response time as a reader says it: "5 hours", or "10 days" from two days on (not "245 h"). Rounded to
     * whole hours or days.
     */
    public String duration(Double hours) {
        return duration(org.idealoop.interfaces.web.Pages.locale(), hours);
    }

    static String duration(java.util.Locale locale, Double hours) {
        if (hours == null) {
            return "";
        }
        if (hours < 48) {
            return org.idealoop.application.Messages.text(locale, "duration.hours", Math.round(hours));
        }
        return org.idealoop.application.Messages.text(locale, "duration.days", Math.round(hours / 24));
    }

    public List<ProductTeam> getTeams() {
        if (offered == null) {
            offered = teams.all().stream().filter(teams::canReadInbox).toList();
        }
        return offered;
    }

    /** "Whole install" is for admins only. */
    public boolean isWholeInstallOffered() {
        return currentMember.hasRole(Role.ADMIN);
    }

    /** The rows of the "ideas moved into each status" table: a status and its count per week. */
    public List<Map.Entry<String, List<Long>>> getMoves() {
        return List.copyOf(dashboard.movesPerWeek().entrySet());
    }

    /** The table of the per-week charts: week, new ideas, votes, NPS. */
    public List<Week> getWeekRows() {
        List<Week> rows = new java.util.ArrayList<>();
        for (int i = 0; i < dashboard.weeks().size(); i++) {
            rows.add(new Week(dashboard.weeks().get(i), dashboard.newIdeasPerWeek().get(i),
                    dashboard.votesPerWeek().get(i), dashboard.npsPerWeek().get(i)));
        }
        return rows;
    }

    public record Week(String monday, long ideas, long votes, Integer nps) {
    }

    /** Stars (1-5) with the number of ratings giving them. */
    public List<Map.Entry<Integer, Long>> getCsatRows() {
        List<Map.Entry<Integer, Long>> rows = new java.util.ArrayList<>();
        for (int stars = 1; stars <= 5; stars++) {
            rows.add(Map.entry(stars, dashboard.ratings().csatDistribution().get(stars - 1)));
        }
        return rows;
    }

    public String getStatusChart() {
        Dashboard d = getDashboard();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        d.ideasByStatus().forEach((status, count) -> {
            labels.add(text("idea.status." + status));
            values.add(count);
        });
        return chart("doughnut", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("data", values)), null);
    }

    public String getWeeklyChart() {
        Dashboard d = getDashboard();
        JsonArrayBuilder ideas = Json.createArrayBuilder();
        d.newIdeasPerWeek().forEach(ideas::add);
        JsonArrayBuilder votes = Json.createArrayBuilder();
        d.votesPerWeek().forEach(votes::add);
        return chart("bar", weeks(d), Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", text("nav.home.ideas")).add("data", ideas))
                .add(Json.createObjectBuilder().add("label", text("dashboard.votes")).add("data", votes)), null);
    }

    /** How many ideas moved into each status, week by week (stacked). */
    public String getMovesChart() {
        Dashboard d = getDashboard();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        d.movesPerWeek().forEach((status, counts) -> {
            JsonArrayBuilder values = Json.createArrayBuilder();
            counts.forEach(values::add);
            datasets.add(Json.createObjectBuilder().add("label", text("idea.status." + status)).add("data", values));
        });
        return chart("bar", weeks(d), datasets, Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", Json.createObjectBuilder().add("stacked", true))));
    }

    public String getNpsChart() {
        Dashboard d = getDashboard();
        JsonArrayBuilder nps = Json.createArrayBuilder();
        d.npsPerWeek().forEach(v -> {
            if (v == null) {
                nps.addNull();
            } else {
                nps.add(v);
            }
        });
        return chart("line", weeks(d), Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("label", "NPS").add("data", nps).add("spanGaps", true)),
                Json.createObjectBuilder().add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                        .add("min", -100).add("max", 100))));
    }

    public String getCsatChart() {
        Dashboard d = getDashboard();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (int stars = 1; stars <= 5; stars++) {
            labels.add(stars + " ★");
            values.add(d.ratings().csatDistribution().get(stars - 1));
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "CSAT")
                .add("data", values)), null);
    }

    private static JsonArrayBuilder weeks(Dashboard d) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        d.weeks().forEach(labels::add);
        return labels;
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        JsonObjectBuilder chart = Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets));
        JsonObjectBuilder settings = options == null ? Json.createObjectBuilder() : options;
        settings.add("maintainAspectRatio", false); // the chart fills its grid cell; cells never overlap
        chart.add("options", settings);
        return chart.build().toString();
    }

    private static String text(String key) {
        return Messages.text(Pages.locale(), key);
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
