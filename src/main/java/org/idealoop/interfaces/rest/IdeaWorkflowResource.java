package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.IdeaService;
import org.idealoop.application.MergeService;
import org.idealoop.application.OutcomeService;
import org.idealoop.application.ReassignmentService;
import org.idealoop.application.WorkflowService;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.member.Role;

/**
 * An idea's life after posting, under the same {@code /ideas/{n}} paths as {@link IdeasResource}: status changes,
 * the timeline, merges, moves between teams and the outcome question.
 */
@Path("ideas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdeaWorkflowResource {

    @Inject
    IdeaService ideas;

    @Inject
    WorkflowService workflow;

    @Inject
    MergeService merges;

    @Inject
    ReassignmentService reassignments;

    @Inject
    OutcomeService outcomes;

    @POST
    @Path("{number: [0-9]{1,18}}/status")
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an idea to another status with an official message (product managers of its team, "
            + "admins); followers, feeds and webhooks hear of it. 400 for a move the workflow does not allow or "
            + "a decline without a reason")
    public EventDto changeStatus(@PathParam("number") long number, StatusChangeDto body) {
        return EventDto.of(workflow.changeStatus(number, body == null ? null : body.status(),
                body == null ? null : body.message()));
    }

    @GET
    @Path("{number: [0-9]{1,18}}/timeline")
    @Operation(summary = "What happened to an idea, oldest first: posted, edited, status changes with their "
            + "official messages, team changes, merges")
    public List<EventDto> timeline(@PathParam("number") long number) {
        Idea idea = ideas.getVisible(number);
        List<EventDto> entries = new java.util.ArrayList<>();
        String author = idea.authorId().map(id -> ideas.authorNames(List.of(idea)).getOrDefault(id, org.idealoop.application.Messages.text(ProblemMappers.locale(), "member.former")))
                .orElse(null);
        entries.add(new EventDto(null, "posted", author, null, null, null, idea.createdAt().toString()));
        idea.editedAt().ifPresent(at -> entries.add(new EventDto(null, "edited", null, null, null, null, at.toString())));
        workflow.events(number).forEach(e -> entries.add(EventDto.of(e)));
        entries.sort(java.util.Comparator.comparing(EventDto::at));
        return entries;
    }

    @POST
    @Path("{number: [0-9]{1,18}}/merge")
    @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.MODERATOR, Role.Names.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge this idea into another as a duplicate: its voters and followers move there "
            + "(one vote per member), it is frozen, everyone on it is told")
    public EventDto merge(@PathParam("number") long number, MergeDto body) {
        return EventDto.of(merges.merge(number, body == null ? null : body.into()));
    }

    @POST
    @Path("{number: [0-9]{1,18}}/unmerge")
    @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.MODERATOR, Role.Names.ADMIN})
    @Operation(summary = "Undo a merge: the idea gets back its own votes and status")
    public EventDto unmerge(@PathParam("number") long number) {
        return EventDto.of(merges.unmerge(number));
    }

    @POST
    @Path("{number: [0-9]{1,18}}/team")
    @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.MODERATOR, Role.Names.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the idea to another team (team null: back to community triage), or file it under "
            + "another category (its team follows); the history is kept and the new team is told")
    public EventDto reassign(@PathParam("number") long number, ReassignDto body) {
        return EventDto.of(reassignments.reassign(number, body == null ? null : body.team(),
                body == null ? null : body.category(), body == null ? null : body.message()));
    }

    @PUT
    @Path("{number: [0-9]{1,18}}/outcome")
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A voter of a delivered idea answers \"Did this solve it for you?\"")
    public WorkflowService.Outcome outcome(@PathParam("number") long number, OutcomeDto body) {
        return outcomes.answerOutcome(number, body == null ? null : body.solved(), body == null ? null : body.comment());
    }

    public record StatusChangeDto(String status, String message) {
    }

    public record MergeDto(Long into) {
    }

    public record ReassignDto(String team, String category, String message) {
    }

    public record OutcomeDto(Boolean solved, String comment) {
    }

    /** One timeline entry; from/to are statuses, team slugs or idea numbers depending on the kind. */
    public record EventDto(Long id, String kind, String actor, String from, String to, String message, String at) {

        static EventDto of(org.idealoop.domain.workflow.IdeaEvent e) {
            return new EventDto(e.id(), e.kind().id(), e.actorName(), e.from(), e.to(), e.message(),
                    e.createdAt().toString());
        }
    }
}
