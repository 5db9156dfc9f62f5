package org.idealoop.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.RoadmapService;
import org.idealoop.application.TriageInboxService;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.Slug;

/** What teams plan, build and delivered: the public roadmap and Ideas in Action. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

    @Inject
    RoadmapService roadmaps;

    @Inject
    TriageInboxService inboxes;

    @Inject
    org.idealoop.application.DashboardService dashboards;

    @GET
    @Path("roadmap")
    @Operation(summary = "The public roadmap: ideas under review, planned, in progress and delivered, of one team or all")
    public RoadmapDto roadmap(@QueryParam("team") String team, @QueryParam("limit") @DefaultValue("50") String limit) {
        RoadmapService.Roadmap roadmap = roadmaps.roadmap(team, Limits.parse(limit));
        return new RoadmapDto(cards(roadmap.underReview()), cards(roadmap.planned()), cards(roadmap.inProgress()), cards(roadmap.delivered()));
    }

    @GET
    @Path("ideas-in-action")
    @Operation(summary = "Ideas in Action: delivered ideas, newest first, with the team's closing message")
    public List<DeliveredDto> inAction(@QueryParam("limit") @DefaultValue("50") String limit) {
        return roadmaps.inAction(Limits.parse(limit)).stream()
                .map(d -> new DeliveredDto(Card.of(d.idea()), d.closingMessage(),
                        d.idea().statusChangedAt().map(Object::toString).orElse(null)))
                .toList();
    }

    @GET
    @Path("insights")
    @jakarta.annotation.security.RolesAllowed(org.idealoop.domain.member.Role.Names.ADMIN)
    @Operation(summary = "The insight dashboard data of the whole install (admins); see /teams/{slug}/insights")
    public org.idealoop.domain.insight.Dashboard insights(@QueryParam("from") String from, @QueryParam("to") String to) {
        return dashboards.dashboard(null, from, to);
    }

    @GET
    @Path("triage")
    @jakarta.annotation.security.RolesAllowed({org.idealoop.domain.member.Role.Names.PRODUCT_MANAGER,
            org.idealoop.domain.member.Role.Names.MODERATOR, org.idealoop.domain.member.Role.Names.ADMIN})
    @Operation(summary = "The community triage queue: ideas no category or rule gave to a team (staff); "
            + "view=new|awaiting|overdue|activity")
    public TeamInboxResource.InboxDto triage(@QueryParam("view") String view,
                                         @QueryParam("limit") @DefaultValue("50") String limit) {
        return TeamInboxResource.InboxDto.of(inboxes.triage(view, Limits.parse(limit)));
    }

    private static List<Card> cards(List<Idea> ideas) {
        return ideas.stream().map(Card::of).toList();
    }

    public record RoadmapDto(List<Card> underReview, List<Card> planned, List<Card> inProgress, List<Card> delivered) {
    }

    public record Card(long number, String title, String status, int score, String path) {

        static Card of(Idea i) {
            return new Card(i.number(), i.title(), i.status().id(), i.score(), Slug.path(i.number(), i.title()));
        }
    }

    public record DeliveredDto(Card idea, String closingMessage, String deliveredAt) {
    }
}
