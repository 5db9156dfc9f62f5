package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Role;
import org.idealoop.interfaces.rest.IdeasResource.AuthorDto;

/** An idea's priority for its team, under the same {@code /ideas/{n}} paths as {@link IdeasResource}: RICE and the score. */
@Path("ideas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdeaPriorityResource {

    @Inject
    org.idealoop.application.PriorityService priority;

    @GET
    @Path("{number: [0-9]{1,18}}/rice")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "The idea's RICE estimate (its team's product managers, admins); values null while unset")
    public RiceDto rice(@PathParam("number") long number) {
        return priority.rice(number).map(RiceDto::of).orElse(new RiceDto(null, null, null, null, null, null));
    }

    @PUT
    @Path("{number: [0-9]{1,18}}/rice")
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the idea's RICE estimate: reach (people per quarter, >= 0), impact (0.25-3), "
            + "confidence (0-100 %), effort (person-weeks, > 0); its team's product managers, admins")
    public RiceDto setRice(@PathParam("number") long number, RiceInputDto body) {
        if (body == null) {
            throw new InvalidFieldException("reach", "rice.reach.invalid");
        }
        return RiceDto.of(priority.setRice(number, body.reach(), body.impact(), body.confidence(), body.effort()));
    }

    @GET
    @Path("{number: [0-9]{1,18}}/priority")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "The idea's priority score with every term of its formula (docs/ranking.md); "
            + "its team's product managers, admins")
    public PriorityDto priority(@PathParam("number") long number) {
        return PriorityDto.of(priority.breakdown(number));
    }

    public record RiceInputDto(Long reach, Double impact, Double confidence, Double effort) {
    }

    public record RiceDto(Long reach, Double impact, Double confidence, Double effort, AuthorDto setBy, String setAt) {
        static RiceDto of(org.idealoop.domain.priority.RiceEstimate e) {
            return new RiceDto(e.rice().reach(), e.rice().impact(), e.rice().confidence(), e.rice().effort(),
                    new AuthorDto(e.setBy(), e.setByName()), e.setAt().toString());
        }
    }

    public record SegmentDto(String segment, long supporters, long accounts, java.math.BigDecimal value) {
    }

    public record PriorityDto(double priority, long supporters, long distinctAccounts, java.math.BigDecimal accountValue,
                              List<SegmentDto> bySegment, double demand, RiceInputDto rice, double riceScore,
                              double riceTerm, double ageDays, double recency, double recencyTerm) {
        static PriorityDto of(org.idealoop.domain.priority.PriorityBreakdown b) {
            return new PriorityDto(b.priority(), b.demand().supporters(), b.demand().accounts(), b.demand().value(),
                    b.demand().bySegment().stream().map(s -> new SegmentDto(s.segment(), s.supporters(), s.accounts(),
                            s.value())).toList(), b.demandTerm(),
                    b.rice().map(r -> new RiceInputDto(r.reach(), r.impact(), r.confidence(), r.effort())).orElse(null),
                    b.riceScore(), b.riceTerm(), b.ageDays(), b.recency(), b.recencyTerm());
        }
    }
}
