package org.idealoop.interfaces.web.insights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.idealoop.application.InsightService;
import org.idealoop.application.Messages;
import org.idealoop.application.TeamService;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.insight.Dashboard;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.interfaces.web.Pages;

/** /dashboard?team=&from=&to=: the insight dashboard with Chart.js charts (PrimeFaces p:chart). */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    InsightService insights;

    @Inject
    TeamService teams;

    private String team;
    private String from;
    private String to;
    private Dashboard dashboard;
    private boolean loaded;

    public Dashboard getDashboard() {
        if (!loaded) {
            loaded = true;
            try {
                dashboard = insights.dashboard(team, from, to);
            } catch (InvalidFieldException e) {
                Pages.error(e.messageKey());
            } catch (ForbiddenException e) {
                Pages.error(e.messageKey());
            } catch (NotFoundException e) {
                Pages.error("team.unknown");
            }
        }
        return dashboard;
    }

    public List<ProductTeam> getTeams() {
        return teams.all();
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
        chart.add("options", options == null ? Json.createObjectBuilder() : options);
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
