package org.idealoop.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.AvatarService;
import org.idealoop.application.CurrentMember;
import org.idealoop.application.MemberAdminService;
import org.idealoop.application.MemberService;
import org.idealoop.application.StaffDirectory;
import org.idealoop.application.StaffFollowService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;

@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    MemberService members;

    @Inject
    AvatarService avatars;

    @Inject
    StaffFollowService staffFollows;

    @Inject
    MemberAdminService memberAdmin;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentMember currentMember;

    @Context
    UriInfo uriInfo;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up; a verification link is mailed to the address")
    public Response signUp(SignUpDto body) {
        if (body == null) {
            throw new InvalidFieldException("email", "member.email.required");
        }
        Member member = members.signUp(body.email(), body.displayName(), body.password());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(member.id())).build())
                .entity(MeResource.MeDto.of(member, List.of(), false, null))
                .build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @PermitAll
    @Operation(summary = "A member's public profile")
    public MemberDto profile(@PathParam("id") long id) {
        Member member = members.find(id)
                .orElseThrow(() -> new NotFoundException("member " + id));
        return MemberDto.of(member, staff.teamsOf(id), avatars.hasAvatar(id));
    }

    @GET
    @Path("{id: [0-9]{1,18}}/avatar")
    @PermitAll
    @Produces({"image/png", "image/jpeg", "image/gif", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(summary = "A member's uploaded picture")
    public Response avatar(@PathParam("id") long id) {
        return avatars.avatar(id)
                .map(avatar -> {
                    CacheControl cache = new CacheControl();
                    cache.setMaxAge(300);
                    return Response.ok(avatar.image(), avatar.contentType()).cacheControl(cache)
                            .header("Content-Security-Policy", "default-src 'none'").build();
                })
                .orElseThrow(() -> new NotFoundException("avatar of member " + id));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/follow")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "Follow a staff member")
    public Response follow(@PathParam("id") long id) {
        staffFollows.follow(currentMember.require().id(), id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/follow")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "Stop following a staff member")
    public Response unfollow(@PathParam("id") long id) {
        staffFollows.unfollow(currentMember.require().id(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/roles")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a member's roles (admins only)")
    public MemberDto assignRoles(@PathParam("id") long id, RolesDto body) {
        if (body == null || body.roles() == null) { // a missing list must not read as "no roles"
            throw new InvalidFieldException("roles", "member.roles.required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : body.roles()) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidFieldException("roles", "member.roles.unknown");
            }
        }
        Member member = memberAdmin.assignRoles(id, roles);
        return MemberDto.of(member, staff.teamsOf(id), avatars.hasAvatar(id));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/disabled")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable or enable a member's account (admins only)")
    public Response setDisabled(@PathParam("id") long id, DisabledDto body) {
        if (body == null || body.disabled() == null) {
            throw new InvalidFieldException("disabled", "member.disabled.required");
        }
        memberAdmin.setDisabled(id, body.disabled());
        return Response.noContent().build();
    }

    public record DisabledDto(Boolean disabled) {
    }

    public record SignUpDto(String email, String displayName, String password) {
    }

    public record RolesDto(List<String> roles) {
    }
}
