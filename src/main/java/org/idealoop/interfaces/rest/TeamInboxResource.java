package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.TriageInboxService;
import org.idealoop.application.WorkflowService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.member.Role;

/** A team's triage inbox for its product managers and admins (/teams/{slug}/inbox): read it, change statuses in bulk. */
@Path("teams/{slug}/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamInboxResource {

    @Inject
    TriageInboxService inboxes;

    @Inject
    WorkflowService workflow;

    @GET
    @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
    @Operation(summary = "The team's triage inbox (its product managers, admins): view=new|awaiting|overdue|activity, "
            + "narrowed by status, category and the segment of supporting accounts, sort=newest|oldest|score|priority; "
            + "each idea with its SLA due time, overdue ones flagged")
    public InboxDto inbox(@PathParam("slug") String slug, @QueryParam("view") String view,
                          @QueryParam("status") String status, @QueryParam("category") String category,
                          @QueryParam("sort") String sort, @QueryParam("segment") String segment,
                          @QueryParam("limit") @DefaultValue("50") String limit) {
        return InboxDto.of(inboxes.inbox(slug, view, status, category, sort, segment, Limits.parse(limit)));
    }

    @POST
    @Path("status")
    @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bulk status change from the inbox: each idea moves on its own; the answer lists each result")
    public List<BulkResultDto> bulkStatus(@PathParam("slug") String slug, BulkStatusDto body) {
        if (body == null || body.numbers() == null || body.numbers().isEmpty() || body.numbers().size() > 100
                || body.numbers().stream().anyMatch(n -> n == null || n <= 0)) {
            throw new InvalidFieldException("numbers", "inbox.numbers.required");
        }
        inboxes.inbox(slug, "awaiting", 1); // the caller must be allowed to triage this team
        List<BulkResultDto> results = new ArrayList<>();
        for (Long number : body.numbers()) {
            try {
                workflow.changeStatus(number, body.status(), body.message());
                results.add(new BulkResultDto(number, true, null, null));
            } catch (InvalidFieldException e) {
                results.add(new BulkResultDto(number, false, e.field(),
                        org.idealoop.application.Messages.text(ProblemMappers.locale(), e.messageKey())));
            } catch (RuntimeException e) {
                results.add(new BulkResultDto(number, false, null, e.getClass().getSimpleName().replace("Exception", "")));
            }
        }
        return results;
    }

    public record BulkStatusDto(List<Long> numbers, String status, String message) {
    }

    public record BulkResultDto(long number, boolean changed, String field, String problem) {
    }

    public record InboxDto(String view, int slaHours, List<InboxItemDto> items) {

        static InboxDto of(TriageInboxService.Inbox inbox) {
            return new InboxDto(inbox.view(), inbox.slaHours(), inbox.items().stream().map(InboxItemDto::of).toList());
        }
    }

    public record InboxItemDto(long number, String title, String status, int score, int commentCount, String createdAt,
                               String firstResponseAt, String slaDueAt, boolean overdue) {

        static InboxItemDto of(TriageInboxService.InboxItem item) {
            Idea i = item.idea();
            return new InboxItemDto(i.number(), i.title(), i.status().id(), i.score(), i.commentCount(),
                    i.createdAt().toString(), i.firstResponseAt().map(Object::toString).orElse(null),
                    item.slaDueAt().toString(), item.overdue());
        }
    }
}
