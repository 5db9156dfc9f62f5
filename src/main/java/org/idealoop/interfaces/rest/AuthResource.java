package org.idealoop.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.AuthenticationService;
import org.idealoop.application.ClientAddresses;
import org.idealoop.application.MemberService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Member;

@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AuthenticationService authentication;

    @Inject
    MemberService members;

    @Inject
    ClientAddresses addresses;

    @Context
    HttpServletRequest request;

    @POST
    @Path("token")
    @PermitAll
    @Operation(summary = "Exchange e-mail and password for a bearer token (valid 12 hours)")
    public TokenDto token(Credentials credentials) {
        if (credentials == null) {
            throw new InvalidFieldException("email", "member.email.required");
        }
        Member member = authentication.signIn(credentials.email(), credentials.password(), addresses.of(request));
        AuthenticationService.IssuedToken token = authentication.issueAccessToken(member);
        return new TokenDto(token.secret(), token.expiresAt().map(Object::toString).orElse(null));
    }

    @POST
    @Path("password-reset")
    @PermitAll
    @Operation(summary = "Mail a password reset link (answers 202 whether or not the address is registered)")
    public Response requestReset(EmailDto body) {
        members.requestPasswordReset(body == null ? null : body.email());
        return Response.accepted().build();
    }

    @POST
    @Path("password-reset/confirm")
    @PermitAll
    @Operation(summary = "Set a new password with the token from the reset mail")
    public Response confirmReset(ResetDto body) {
        members.resetPassword(body == null ? null : body.token(), body == null ? null : body.password());
        return Response.noContent().build();
    }

    @POST
    @Path("verify")
    @PermitAll
    @Operation(summary = "Confirm an e-mail address with the token from the verification or change mail")
    public Response verify(TokenOnlyDto body) {
        members.confirmLink(body == null ? null : body.token());
        return Response.noContent().build();
    }

    public record Credentials(String email, String password) {
    }

    public record TokenDto(String token, String expiresAt) {
    }

    public record EmailDto(String email) {
    }

    public record ResetDto(String token, String password) {
    }

    public record TokenOnlyDto(String token) {
    }
}
