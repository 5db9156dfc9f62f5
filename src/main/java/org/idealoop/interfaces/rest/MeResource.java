package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.AuthenticationService;
import org.idealoop.application.AvatarService;
import org.idealoop.application.CurrentMember;
import org.idealoop.application.IdeaService;
import org.idealoop.application.MemberService;
import org.idealoop.application.PersonalTokenService;
import org.idealoop.application.PreferencesService;
import org.idealoop.application.StaffDirectory;
import org.idealoop.application.StaffFollowService;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberToken;
import org.idealoop.domain.member.Role;
import org.idealoop.interfaces.security.IdealoopAuthentication;

/** The signed-in member's own account. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.MEMBER)
public class MeResource {

    @Inject
    PreferencesService preferences;

    @Inject
    CurrentMember currentMember;

    @Inject
    MemberService members;

    @Inject
    AvatarService avatars;

    @Inject
    PersonalTokenService tokens;

    @Inject
    StaffFollowService staffFollows;

    @Inject
    StaffDirectory staff;

    @Inject
    IdeaService ideas;

    @Inject
    org.idealoop.application.NotificationService notifications;

    @Inject
    org.idealoop.application.RatingService ratings;

    @Context
    HttpServletRequest request;

    @GET
    @Path("ratings")
    @Operation(summary = "The caller's current satisfaction ratings, one per product")
    public List<org.idealoop.domain.rating.Rating> ratings() {
        return ratings.myRatings();
    }

    @GET
    @Path("notifications")
    @Operation(summary = "The caller's notifications, newest first, with the unread count (the bell)")
    public NotificationsDto notifications(@QueryParam("limit") @DefaultValue("50") String limit) {
        return new NotificationsDto(notifications.unreadCount(), notifications.mine(Limits.parse(limit)).stream()
                .map(NotificationDto::of).toList());
    }

    @POST
    @Path("notifications/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark notifications read: the listed ids, or all when ids is empty or absent")
    public NotificationsReadDto markRead(IdsDto body) {
        notifications.markRead(body == null ? null : body.ids());
        return new NotificationsReadDto(notifications.unreadCount());
    }

    @GET
    @Path("notification-settings")
    @Operation(summary = "How the caller gets notifications by e-mail: instant, daily (a digest) or never")
    public NotificationSettingsDto notificationSettings() {
        return new NotificationSettingsDto(notifications.emailFrequency().id());
    }

    @PUT
    @Path("notification-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose instant, daily or never for notification e-mail")
    public NotificationSettingsDto changeNotificationSettings(NotificationSettingsDto body) {
        return new NotificationSettingsDto(notifications.setEmailFrequency(body == null ? null : body.email()).id());
    }

    @GET
    @Path("preferences")
    @Operation(summary = "The caller's language (en, de, es, fr, ar) and time zone (IANA id); null when not chosen")
    public PreferencesService.Preferences preferences() {
        return preferences.mine();
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the language of pages and mail and the time zone of dates; null or blank: not chosen")
    public PreferencesService.Preferences changePreferences(PreferencesService.Preferences body) {
        return preferences.choose(body == null ? null : body.language(), body == null ? null : body.timeZone());
    }

    public record NotificationsDto(int unread, List<NotificationDto> items) {
    }

    public record NotificationDto(long id, long idea, String ideaTitle, String kind, String actor, String from, String to,
                                  String message, String createdAt, boolean read) {

        static NotificationDto of(org.idealoop.domain.notification.Notification n) {
            var e = n.event();
            return new NotificationDto(n.id(), e.ideaNumber(), n.ideaTitle(), e.kind().id(), e.actorName(), e.from(),
                    e.to(), e.message(), n.createdAt().toString(), n.read());
        }
    }

    public record IdsDto(List<Long> ids) {
    }

    public record NotificationsReadDto(int unread) {
    }

    public record NotificationSettingsDto(String email) {
    }

    @GET
    @Operation(summary = "The caller, with roles (and, for cookie sessions, the CSRF token to send back)")
    public MeDto me() {
        Member me = currentMember.require();
        Object csrf = request.getAttribute(IdealoopAuthentication.SESSION_CSRF);
        return MeDto.of(me, staff.teamsOf(me.id()), avatars.hasAvatar(me.id()),
                csrf == null ? null : csrf.toString());
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the password")
    public Response changePassword(PasswordChangeDto body) {
        members.changePassword(currentMember.require().id(), body == null ? null : body.currentPassword(),
                body == null ? null : body.newPassword());
        return Response.noContent().build();
    }

    @PUT
    @Path("email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the e-mail address; it changes once the link mailed to the new address is followed")
    public Response changeEmail(EmailChangeDto body) {
        members.requestEmailChange(currentMember.require().id(), body == null ? null : body.email(),
                body == null ? null : body.currentPassword());
        return Response.accepted().build();
    }

    @POST
    @Path("verification")
    @Operation(summary = "Mail the verification link again")
    public Response resendVerification() {
        members.resendVerification(currentMember.require().id());
        return Response.accepted().build();
    }

    @PUT
    @Path("avatar")
    @Consumes({"image/png", "image/jpeg", "image/gif", "image/webp"})
    @Operation(summary = "Upload a picture (PNG, JPEG, GIF or WebP, at most 512 KB)")
    public Response setAvatar(byte[] image, @HeaderParam("Content-Type") String contentType) {
        avatars.setAvatar(currentMember.require().id(), image, contentType);
        return Response.noContent().build();
    }

    @DELETE
    @Path("avatar")
    @Operation(summary = "Remove the picture (initials are shown instead)")
    public Response removeAvatar() {
        avatars.removeAvatar(currentMember.require().id());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The caller's personal API tokens (names and dates; never the secrets)")
    public List<PersonalTokenDto> tokens() {
        return tokens.personalTokens(currentMember.require().id()).stream().map(PersonalTokenDto::of).toList();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a named personal API token; the secret is shown only in this answer")
    public Response createToken(TokenNameDto body) {
        AuthenticationService.IssuedToken token = tokens.createPersonalToken(currentMember.require().id(),
                body == null ? null : body.name());
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedTokenDto(token.id(), body.name().strip(), token.secret()))
                .build();
    }

    @DELETE
    @Path("tokens/{id: [0-9]{1,18}}")
    @Operation(summary = "Revoke a personal API token")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revokePersonalToken(currentMember.require().id(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("followed-ideas")
    @Operation(summary = "The ideas the caller follows, most recently followed first")
    public List<FollowedIdeaDto> followedIdeas() {
        return ideas.followedByMe(100).stream()
                .map(idea -> new FollowedIdeaDto(idea.number(), idea.title(), idea.status().id(), idea.score()))
                .toList();
    }

    public record FollowedIdeaDto(long number, String title, String status, int score) {
    }

    @GET
    @Path("following")
    @Operation(summary = "The staff members the caller follows")
    public List<MemberDto> following() {
        return staffFollows.followedBy(currentMember.require().id()).stream()
                .map(m -> MemberDto.of(m, staff.teamsOf(m.id()), avatars.hasAvatar(m.id())))
                .toList();
    }

    /** A POST rather than a DELETE with a body: bodies on DELETE are dropped by some proxies and servers. */
    @POST
    @Path("deletion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete the account (needs the current password); ideas stay, shown as by a former member")
    public Response delete(PasswordOnlyDto body) {
        members.deleteAccount(currentMember.require().id(), body == null ? null : body.currentPassword());
        return Response.noContent().build();
    }

    public record MeDto(long id, String email, boolean emailVerified, String displayName, String initials,
                        List<String> roles, List<String> teams, String joined, String avatarUrl, String csrfToken) {
        static MeDto of(Member member, List<String> teams, boolean hasAvatar, String csrf) {
            return new MeDto(member.id(), member.email().orElse(null), member.isEmailVerified(),
                    member.displayName(), member.initials(),
                    member.roles().stream().map(Role::name).sorted().toList(), teams,
                    member.createdAt().toString(),
                    hasAvatar ? "/api/v1/members/" + member.id() + "/avatar" : null, csrf);
        }
    }

    public record PasswordChangeDto(String currentPassword, String newPassword) {
    }

    public record EmailChangeDto(String email, String currentPassword) {
    }

    public record PasswordOnlyDto(String currentPassword) {
    }

    public record TokenNameDto(String name) {
    }

    public record CreatedTokenDto(long id, String name, String token) {
    }

    public record PersonalTokenDto(long id, String name, String createdAt, String lastUsedAt) {
        static PersonalTokenDto of(MemberToken token) {
            return new PersonalTokenDto(token.id(), token.name().orElse(""), token.createdAt().toString(),
                    token.lastUsedAt().map(Object::toString).orElse(null));
        }
    }
}
