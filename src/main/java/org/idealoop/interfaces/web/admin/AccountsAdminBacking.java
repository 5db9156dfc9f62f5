package org.idealoop.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.idealoop.application.AccountService;
import org.idealoop.application.Messages;
import org.idealoop.application.Paged;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.account.Account;
import org.idealoop.domain.account.AccountRepository.AccountUse;
import org.idealoop.domain.account.Segment;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/accounts: the customer accounts with their member counts, searched and paged; a form to add one,
 * one to change or delete the account picked from the list (?account=), "map members now", and a CSV
 * import with a dry run whose report (counts and rejected rows) stays on the page. Refusals are shown
 * beside their field by the DomainErrorHandler; nothing is stored then.
 */
@Named
@ViewScoped
public class AccountsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As the API: a bigger file is refused before it is read. */
    static final long MAX_FILE_BYTES = 1 << 20;

    @Inject
    AccountService accounts;

    private String q;
    private Integer page;

    private String name;
    private String domain;
    private String segment;
    private String value;

    /** The account being changed (from ?account=), with the values of the change form. */
    private Long account;
    private String pickedName;
    private String editName;
    private String editDomain;
    private String editSegment;
    private String editValue;

    private transient Part file;
    private Report report;

    private transient Paged<AccountUse> listing;

    /** An import's outcome as the page shows it: the counts and each rejected row with its message. */
    public record Report(boolean dryRun, boolean imported, int read, int created, int updated, int unchanged,
                         List<RejectedRow> rejected) implements Serializable {
    }

    public record RejectedRow(int row, String field, String message) implements Serializable {
    }

    /** Fills the change form with the picked account's values; an unknown account is the 404 page. */
    public void load() {
        if (account != null) {
            Account picked = accounts.get(account).account();
            pickedName = picked.name();
            editName = picked.name();
            editDomain = picked.domain();
            editSegment = picked.segment().id();
            editValue = picked.value().toPlainString();
        }
    }

    public void create() {
        AccountUse created = accounts.create(name, domain, segment, value(value));
        Pages.info("admin.accounts.created", created.account().name(), created.members());
        name = null;
        domain = null;
        segment = null;
        value = null;
        listing = null;
    }

    public void change() {
        AccountUse changed = accounts.update(account, editName, editDomain == null ? "" : editDomain, editSegment,
                value(editValue));
        Pages.info("admin.accounts.changed", changed.account().name(), changed.members());
        pickedName = changed.account().name();
        listing = null;
    }

    public void delete() {
        accounts.delete(account);
        Pages.info("admin.accounts.deleted", pickedName);
        Pages.keepMessages();
        Pages.redirect(ListLinks.page("/admin/accounts", q, 1));
    }

    public void mapMembers() {
        Pages.info("admin.accounts.mapped", accounts.mapMembersNow());
        listing = null;
    }

    public void dryRun() {
        runImport(true);
    }

    public void importFile() {
        runImport(false);
    }

    private void runImport(boolean dryRun) {
        report = null;
        AccountService.ImportReport done = accounts.importCsv(bytes(file), dryRun);
        var locale = Pages.locale();
        report = new Report(done.dryRun(), done.imported(), done.read(), done.created(), done.updated(),
                done.unchanged(), done.rejected().stream().map(r -> new RejectedRow(r.row(), r.field(),
                Messages.text(locale, r.messageKey(), r.arguments().toArray()))).toList());
        listing = null;
    }

    /** A file over the limit is refused before it is read. */
    private static byte[] bytes(Part part) {
        if (part == null || part.getSize() == 0) {
            throw new InvalidFieldException("file", "account.import.empty");
        }
        if (part.getSize() > MAX_FILE_BYTES) {
            throw new InvalidFieldException("file", "account.import.tooLarge", MAX_FILE_BYTES / 1024);
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal value(String text) {
        return Account.value(text);
    }

    public Paged<AccountUse> getListing() {
        if (listing == null) {
            listing = accounts.list(q, page);
        }
        return listing;
    }

    public String pageLink(int number) {
        return ListLinks.page("/admin/accounts", q, number);
    }

    public List<Segment> getSegments() {
        return Segment.all();
    }

    public Report getReport() {
        return report;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public String getPickedName() {
        return pickedName;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditDomain() {
        return editDomain;
    }

    public void setEditDomain(String editDomain) {
        this.editDomain = editDomain;
    }

    public String getEditSegment() {
        return editSegment;
    }

    public void setEditSegment(String editSegment) {
        this.editSegment = editSegment;
    }

    public String getEditValue() {
        return editValue;
    }

    public void setEditValue(String editValue) {
        this.editValue = editValue;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
