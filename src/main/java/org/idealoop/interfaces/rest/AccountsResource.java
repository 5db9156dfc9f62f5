package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.AccountService;
import org.idealoop.application.Messages;
import org.idealoop.application.Paged;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.account.AccountRepository.AccountUse;
import org.idealoop.domain.member.Role;

/**
 * Customer accounts, for admins only: members and product managers get 403 and never see an account's
 * value. Values are decimal numbers with at most two decimals.
 */
@Path("admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AccountsResource {

    /** 1 MB, as the import allows; a bigger body is refused with 413 before it is read to its end. */
    static final int MAX_CSV_BYTES = 1 << 20;

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "A page of accounts (25, by name) with their member counts; q narrows to names or domains "
            + "containing it")
    public PageDto list(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        Paged<AccountUse> listing = accounts.list(q, page);
        return new PageDto(listing.items().stream().map(AccountDto::of).toList(), listing.page(), listing.hasNext());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an account: name (required, up to 120), domain (optional host name, unique: its "
            + "members join it), segment (enterprise, mid_market, small_business, startup, public_sector, trial) "
            + "and value (not negative, two decimals at most)")
    public Response create(AccountChangeDto body) {
        AccountChangeDto b = body == null ? new AccountChangeDto(null, null, null, null) : body;
        return Response.status(Response.Status.CREATED)
                .entity(AccountDto.of(accounts.create(b.name(), b.domain(), b.segment(), decimal(b.value()))))
                .build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One account with its member count")
    public AccountDto get(@PathParam("id") long id) {
        return AccountDto.of(accounts.get(id));
    }

    @PATCH
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account: fields left out stay as they are; an empty domain removes it. A new "
            + "domain's members join the account")
    public AccountDto change(@PathParam("id") long id, AccountChangeDto body) {
        AccountChangeDto b = body == null ? new AccountChangeDto(null, null, null, null) : body;
        return AccountDto.of(accounts.update(id, b.name(), b.domain(), b.segment(), decimal(b.value())));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Delete an account; its members stay, without an account")
    public Response delete(@PathParam("id") long id) {
        accounts.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import accounts from CSV (UTF-8, up to 1 MB and 10,000 rows): a header with the columns "
            + "name,domain,segment,value in any order, then one account per row, matched by domain (else by name) "
            + "to create, update or leave it. All or nothing: with any rejected row (422, each with its row number, "
            + "field and message) nothing is written; dryRun=true reports the same and writes nothing")
    public Response importCsv(@QueryParam("dryRun") String dryRun, InputStream body) throws IOException {
        // Strict: a misspelt "dryRun=yes" must not import for real.
        if (dryRun != null && !"true".equals(dryRun) && !"false".equals(dryRun)) {
            throw new InvalidFieldException("dryRun", "account.import.dryRun");
        }
        AccountService.ImportReport report = accounts.importCsv(bytes(body), "true".equals(dryRun));
        return Response.status(report.rejected().isEmpty() ? 200 : 422).entity(ImportReportDto.of(report))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("map-members")
    @Operation(summary = "Map every member whose e-mail domain (or a parent of it) is an account's domain to that "
            + "account now; answers how many members changed")
    public MappedDto mapMembers() {
        return new MappedDto(accounts.mapMembersNow());
    }

    /** value: a JSON number; on a change, a missing field stays as it is. */
    public record AccountChangeDto(String name, String domain, String segment, Double value) {
    }

    public record AccountDto(long id, String name, String domain, String segment, BigDecimal value, long members,
                             String createdAt, String updatedAt) {
        static AccountDto of(AccountUse use) {
            var a = use.account();
            return new AccountDto(a.id(), a.name(), a.domain(), a.segment().id(), a.value(), use.members(),
                    a.createdAt().toString(), a.updatedAt().toString());
        }
    }

    public record PageDto(List<AccountDto> items, int page, boolean hasNext) {
    }

    public record MappedDto(int mapped) {
    }

    /** imported: whether anything was written (false for a dry run and whenever a row was rejected). */
    public record ImportReportDto(boolean dryRun, boolean imported, int read, int created, int updated, int unchanged,
                                  List<RejectedRowDto> rejected) {
        static ImportReportDto of(AccountService.ImportReport report) {
            Locale locale = ProblemMappers.locale();
            return new ImportReportDto(report.dryRun(), report.imported(), report.read(), report.created(),
                    report.updated(), report.unchanged(), report.rejected().stream()
                    .map(r -> new RejectedRowDto(r.row(), r.field(),
                            Messages.text(locale, r.messageKey(), r.arguments().toArray())))
                    .toList());
        }
    }

    /** row: its number in the file, the header being row 1. */
    public record RejectedRowDto(int row, String field, String message) {
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static byte[] bytes(InputStream body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (body == null) {
            return bytes.toByteArray();
        }
        byte[] buffer = new byte[8192];
        int read;
        while ((read = body.read(buffer)) != -1) {
            if (bytes.size() + read > MAX_CSV_BYTES) {
                throw new WebApplicationException(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        Messages.text(ProblemMappers.locale(), "account.import.tooLarge", MAX_CSV_BYTES / 1024))
                        .toResponse());
            }
            bytes.write(buffer, 0, read);
        }
        return bytes.toByteArray();
    }
}
