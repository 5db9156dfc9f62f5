package org.idealoop.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.AvatarService;
import org.idealoop.application.StaffDirectory;
import org.idealoop.application.StaffFollowService;

@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffDirectory directory;

    @Inject
    AvatarService avatars;

    @Inject
    StaffFollowService staffFollows;

    @GET
    @PermitAll
    @Operation(summary = "The staff directory: product teams with their staff and what each owns")
    public List<TeamDto> directory() {
        String community = org.idealoop.application.Messages.text(ProblemMappers.locale(), "staff.community");
        return directory.byTeam().stream()
                .map(team -> new TeamDto(team.slug(), team.productTeam() ? team.name() : community, team.description(),
                        team.staff().stream()
                        .map(entry -> new StaffDto(MemberDto.of(entry.member(),
                                List.of(team.productTeam() ? team.name() : community),
                                avatars.hasAvatar(entry.member().id())), entry.owns(),
                                staffFollows.followerCount(entry.member().id())))
                        .toList()))
                .toList();
    }

    public record TeamDto(String slug, String name, String description, List<StaffDto> staff) {
    }

    public record StaffDto(MemberDto member, String owns, long followers) {
    }
}
