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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.AccountService;
import org.idealoop.domain.member.Role;

/** Which customer account a member belongs to, for admins: read it, set it or clear it by hand. */
@Path("admin/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class MemberAccountResource {

    @Inject
    AccountService accounts;

    @GET
    @Path("{id: [0-9]{1,18}}/account")
    @Operation(summary = "The account a member belongs to (account null for none)")
    public MemberAccountDto account(@PathParam("id") long id) {
        return new MemberAccountDto(id, accounts.accountOf(id).orElse(null));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a member in an account ({\"account\": 12}) or in none ({\"account\": null}); mapping by "
            + "e-mail domain later puts a member whose domain an account matches back in that account")
    public MemberAccountDto setAccount(@PathParam("id") long id, AccountRefDto body) {
        Long account = body == null ? null : body.account();
        return new MemberAccountDto(id, accounts.setMemberAccount(id, account).orElse(null));
    }

    public record AccountRefDto(Long account) {
    }

    public record MemberAccountDto(long member, Long account) {
    }
}
