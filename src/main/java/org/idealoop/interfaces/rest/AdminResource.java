package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.ReindexProgress;
import org.idealoop.application.SearchAdminService;
import org.idealoop.application.MailLog;
import org.idealoop.domain.member.Role;

@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AdminResource {

    @Inject
    MailLog mailLog;

    @Inject
    SearchAdminService search;

    @Inject
    org.idealoop.application.StatusWorkflowService workflow;

    @Inject
    org.idealoop.infrastructure.mail.NotificationMailer notificationMailer;

    @GET
    @Path("mails")
    @Operation(summary = "Mails sent or queued, newest first, 25 a page, whose recipient or subject contains q "
            + "(only where idealoop.mail.show-to-admin is on)")
    public List<MailDto> mails(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        return mailLog.page(q, page).items().stream()
                .map(m -> new MailDto(m.id(), m.recipient(), m.subject(), m.body(), m.createdAt().toString(),
                        m.sentAt().map(Object::toString).orElse(null), m.attempts(), m.lastError().orElse(null)))
                .toList();
    }

    @GET
    @Path("status-transitions")
    @Operation(summary = "The status workflow: the allowed moves, as [from, to] pairs")
    public List<List<String>> transitions() {
        return workflow.transitions().stream().map(t -> List.of(t.from().id(), t.to().id()))
                .sorted(java.util.Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)))
                .toList();
    }

    @PUT
    @Path("status-transitions")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the allowed status moves ([from, to] pairs); 400 naming transitions when a status "
            + "could no longer be reached from new, or an open status would have no move out")
    public List<List<String>> replaceTransitions(TransitionsDto body) {
        workflow.replaceTransitions(body == null ? null : body.transitions());
        return transitions();
    }

    public record TransitionsDto(List<List<String>> transitions) {
    }

    @POST
    @Path("digests")
    @Operation(summary = "Send the daily notification digests now (they also go out every day at 07:00 UTC)")
    public Response sendDigests() {
        return Response.accepted(java.util.Map.of("mails", notificationMailer.sendDigests())).build();
    }

    @Inject
    org.idealoop.infrastructure.persistence.TrendingRefresh trending;

    @POST
    @Path("trending")
    @Operation(summary = "Refresh trending now (it also runs every 10 minutes): recomputes only the ideas whose "
            + "value can change (trending above 0, or marked dirty), in batches of 500; answers the idea rows written")
    public java.util.Map<String, Integer> refreshTrending() {
        return java.util.Map.of("ideasWritten", trending.refresh());
    }

    @POST
    @Path("search/reindex")
    @Operation(summary = "Rebuild the search index from the database into a new index; the alias moves when it is "
            + "complete (202; 409 while a rebuild runs; 503 when search is unavailable)")
    public Response reindex() {
        return Response.accepted(ReindexDto.of(search.startRebuild())).build();
    }

    @GET
    @Path("search/reindex")
    @Operation(summary = "Progress of the latest search index rebuild: documents done, rate and time left")
    public ReindexDto reindexProgress() {
        return ReindexDto.of(search.progress());
    }

    /** A rebuild's progress; rate in documents per second, secondsLeft null when unknown. */
    public record ReindexDto(Long id, String state, long total, long done, int percent, double ratePerSecond,
                             Long secondsLeft, String startedAt, String finishedAt, String error) {

        static ReindexDto of(ReindexProgress p) {
            return new ReindexDto(p.id(), p.state(), p.total(), p.done(), p.percent(), p.ratePerSecond(),
                    p.secondsLeft(), text(p.startedAt()), text(p.finishedAt()), p.error());
        }

        private static String text(java.time.Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }

    public record MailDto(long id, String recipient, String subject, String body, String createdAt, String sentAt,
                          int attempts, String lastError) {
    }
}
