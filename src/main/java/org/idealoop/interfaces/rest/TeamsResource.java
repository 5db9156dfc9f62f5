package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.RoutingRuleService;
import org.idealoop.application.TeamService;
import org.idealoop.application.TeamStaffService;
import org.idealoop.application.WorkflowService;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.RoutingRule;

/**
 * Product teams: read by all, managed by admins, followed by members. Their categories and their triage inbox
 * are {@link TeamCategoriesResource} and {@link TeamInboxResource}, under the same /teams/{slug} prefix.
 */
@Path("teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {

    @Inject
    TeamService teams;

    @Inject
    TeamStaffService staff;

    @Inject
    RoutingRuleService routing;

    @Inject
    org.idealoop.application.ProductService products;

    @Inject
    org.idealoop.application.DashboardService dashboards;

    @Inject
    org.idealoop.domain.insight.DashboardRepository dashboardRepository;

    @GET
    @Operation(summary = "All product teams")
    public List<TeamDto> all() {
        return teams.all().stream().map(t -> TeamDto.of(t, teams.outcome(t))).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One product team with its outcome score (answers of voters of its delivered ideas)")
    public TeamDto get(@PathParam("slug") String slug) {
        ProductTeam team = teams.get(slug);
        return TeamDto.of(team, teams.outcome(team));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a product team (admins)")
    public Response create(TeamChangeDto body) {
        TeamChangeDto b = body == null ? new TeamChangeDto(null, null, null, null) : body;
        ProductTeam team = teams.create(b.slug(), b.name(), b.description(), b.slaHours());
        return Response.status(Response.Status.CREATED).entity(TeamDto.of(team, WorkflowService.Outcome.of(0, 0))).build();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a team's name, description or response target in hours (admins)")
    public TeamDto change(@PathParam("slug") String slug, TeamChangeDto body) {
        TeamChangeDto b = body == null ? new TeamChangeDto(null, null, null, null) : body;
        ProductTeam team = teams.change(slug, b.name(), b.description(), b.slaHours());
        return TeamDto.of(team, teams.outcome(team));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Delete a team (admins): refused with 409 while ideas or products belong to it; its "
            + "categories, staff, routing rules and webhooks go with it")
    public Response delete(@PathParam("slug") String slug) {
        teams.delete(slug);
        return Response.noContent().build();
    }

    @PUT
    @Path("{slug}/members/{memberId: [0-9]{1,18}}")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a staff member on the team, with what they own (admins)")
    public Response addMember(@PathParam("slug") String slug, @PathParam("memberId") long memberId, OwnsDto body) {
        staff.addMember(slug, memberId, body == null ? null : body.owns());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{slug}/members/{memberId: [0-9]{1,18}}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Take a member off the team (admins)")
    public Response removeMember(@PathParam("slug") String slug, @PathParam("memberId") long memberId) {
        staff.removeMember(slug, memberId);
        return Response.noContent().build();
    }

    @GET
    @Path("{slug}/rules")
    @Operation(summary = "The team's routing rules (tag and keyword)")
    public List<RuleDto> rules(@PathParam("slug") String slug) {
        return routing.rules(slug).stream().map(RuleDto::of).toList();
    }

    @POST
    @Path("{slug}/rules")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Route ideas without a category to the team by a tag or a keyword (admins)")
    public Response addRule(@PathParam("slug") String slug, RuleDto body) {
        RoutingRule rule = routing.addRule(slug, body == null ? null : body.kind(), body == null ? null : body.value());
        return Response.status(Response.Status.CREATED).entity(RuleDto.of(rule)).build();
    }

    @DELETE
    @Path("{slug}/rules/{id: [0-9]{1,18}}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Remove a routing rule (admins)")
    public Response removeRule(@PathParam("slug") String slug, @PathParam("id") long id) {
        routing.removeRule(slug, id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{slug}/follow")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "Follow a team: hear of every status change of its ideas")
    public FollowDto follow(@PathParam("slug") String slug) {
        return new FollowDto(teams.follow(slug, true));
    }

    @DELETE
    @Path("{slug}/follow")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "Stop following a team")
    public FollowDto unfollow(@PathParam("slug") String slug) {
        return new FollowDto(teams.follow(slug, false));
    }

    @POST
    @Path("{slug}/products")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a product the team makes (admins)")
    public Response addProduct(@PathParam("slug") String slug, NameDto body) {
        var product = products.addProduct(slug, body == null ? null : body.name());
        return Response.status(Response.Status.CREATED)
                .entity(new ProductsResource.ProductDto(product.slug(), product.name(), product.teamSlug())).build();
    }

    @GET
    @Path("{slug}/insights")
    @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
    @Operation(summary = "The team's insight dashboard data for a date range (from, to: ISO dates; last 12 weeks by "
            + "default): ideas by status, new ideas and votes per week, ratings and NPS per week, time to first "
            + "response and SLA compliance, top and trending ideas, outcomes, breadth against loudness")
    public org.idealoop.domain.insight.Dashboard insights(@PathParam("slug") String slug, @QueryParam("from") String from,
                                                          @QueryParam("to") String to) {
        return dashboards.dashboard(slug, from, to);
    }

    @GET
    @Path("{slug}/export/ideas.csv")
    @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
    @Produces("text/csv")
    @Operation(summary = "The team's ideas as CSV (number, title, status, score, ups, downs, distinct voters, followers, "
            + "created, last status change), streamed row by row (its product managers, admins)")
    public Response exportIdeas(@PathParam("slug") String slug) {
        ProductTeam team = dashboards.requireExport(slug);
        return CsvDownload.of("ideas-" + team.slug() + ".csv", out -> dashboardRepository.exportIdeas(team.id(), out));
    }

    public record TeamDto(String slug, String name, String description, int slaHours, WorkflowService.Outcome outcome) {

        static TeamDto of(ProductTeam t, WorkflowService.Outcome outcome) {
            return new TeamDto(t.slug(), t.name(), t.description(), t.slaHours(), outcome);
        }
    }

    public record TeamChangeDto(String slug, String name, String description, Integer slaHours) {
    }

    public record OwnsDto(String owns) {
    }

    public record NameDto(String name) {
    }

    public record RuleDto(Long id, String kind, String value) {

        static RuleDto of(RoutingRule r) {
            return new RuleDto(r.id(), r.kind(), r.value());
        }
    }

    public record FollowDto(boolean following) {
    }
}
