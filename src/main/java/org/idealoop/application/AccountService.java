package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.account.Account;
import org.idealoop.domain.account.AccountRepository;
import org.idealoop.domain.account.AccountRepository.AccountUse;
import org.idealoop.domain.account.Segment;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;

/**
 * Customer accounts, for admins only: list and search them, add, change and delete one, import many from a
 * CSV file (all or nothing, with a dry run), and map members to them by the domain of their e-mail address.
 * Whenever an account's domain is set or changed, the members of that domain (and its subdomains) are
 * mapped in the same transaction.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    static final int PAGE_SIZE = 25;
    static final int Q_MAX = 120;

    @Inject
    AccountRepository accounts;

    @Inject
    MemberRepository members;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService audit;

    private final Clock clock = Clock.systemUTC();

    /** What an import did (or, in a dry run or with rejected rows, would do: then nothing was written). */
    public record ImportReport(boolean dryRun, boolean imported, int read, int created, int updated, int unchanged,
                               List<Rejection> rejected) {
    }

    /** A rejected row: its number (the header is row 1), the field and the bundle's message with arguments. */
    public record Rejection(int row, String field, String messageKey, List<Object> arguments) {
    }

    /** A page of accounts by name with their member counts; {@code text} narrows to names or domains containing it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<AccountUse> list(String text, Integer page) {
        currentMember.requireRole(Role.ADMIN);
        String q = text == null ? "" : text.strip();
        if (q.length() > Q_MAX) {
            throw new InvalidFieldException("q", "account.q.length", Q_MAX);
        }
        int p = Paged.number(page);
        return Paged.of(accounts.list(q, (p - 1) * PAGE_SIZE, PAGE_SIZE + 1), p, PAGE_SIZE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountUse get(long id) {
        currentMember.requireRole(Role.ADMIN);
        Account account = accounts.find(id).orElseThrow(() -> new NotFoundException("account " + id));
        return new AccountUse(account, accounts.memberCount(id));
    }

    /** Adds an account; its domain's members join it. A taken domain is refused (409) naming the field. */
    public AccountUse create(String name, String domain, String segment, BigDecimal value) {
        currentMember.requireRole(Role.ADMIN);
        Account account = new Account(Account.name(name), Account.domain(domain), Account.segment(segment),
                Account.value(value), clock.instant());
        if (account.domain() != null && accounts.findByDomain(account.domain()).isPresent()) {
            throw new ConflictException("domain", "account.domain.taken");
        }
        Account added = add(account);
        int mapped = added.domain() == null ? 0 : accounts.mapMembersOfDomain(added.domain(), null);
        audit.record("account_create", ContentType.ACCOUNT, added.id(), null, describe(added));
        LOG.info(() -> "Account " + added.id() + " created by member " + currentMember.require().id() + ", "
                + mapped + " members mapped");
        return new AccountUse(added, accounts.memberCount(added.id()));
    }

    /**
     * Changes an account; a null field stays as it is, an empty domain removes it. A new domain maps its
     * members; the members of the former domain that no other account matches are left without one.
     */
    public AccountUse update(long id, String name, String domain, String segment, BigDecimal value) {
        currentMember.requireRole(Role.ADMIN);
        Account account = accounts.lock(id).orElseThrow(() -> new NotFoundException("account " + id));
        String before = describe(account);
        String formerDomain = account.domain();
        String newDomain = domain == null ? formerDomain : Account.domain(domain);
        if (newDomain != null && !newDomain.equals(formerDomain)
                && accounts.findByDomain(newDomain).filter(other -> !other.id().equals(account.id())).isPresent()) {
            throw new ConflictException("domain", "account.domain.taken");
        }
        boolean changed = account.change(name == null ? account.name() : name, newDomain,
                segment == null ? account.segment() : Account.segment(segment),
                value == null ? account.value() : value, clock.instant());
        if (changed) {
            remapIfDomainChanged(account, formerDomain);
            audit.record("account_change", ContentType.ACCOUNT, id, before, describe(account));
            LOG.info(() -> "Account " + id + " changed by member " + currentMember.require().id());
        }
        return new AccountUse(account, accounts.memberCount(id));
    }

    /** Deletes an account; its members stay members of the community, without an account. */
    public void delete(long id) {
        currentMember.requireRole(Role.ADMIN);
        Account account = accounts.lock(id).orElseThrow(() -> new NotFoundException("account " + id));
        String before = describe(account);
        accounts.remove(account);
        audit.record("account_delete", ContentType.ACCOUNT, id, before, null);
        LOG.info(() -> "Account " + id + " deleted by member " + currentMember.require().id());
    }

    /**
     * Imports accounts from a CSV file (see {@link AccountCsv}): creates, updates by domain (or name) or
     * leaves each as it is. With any rejected row nothing is written; a dry run writes nothing either and
     * reports the same. Then maps the members of every domain that changed.
     */
    public ImportReport importCsv(byte[] csv, boolean dryRun) {
        currentMember.requireRole(Role.ADMIN);
        AccountCsv.Parsed parsed = AccountCsv.parse(csv);
        AccountImport plan = AccountImport.plan(parsed.rows(), accounts.all());
        List<Rejection> rejected = parsed.rejected().stream()
                .map(r -> new Rejection(r.row(), r.field(), r.key(), r.arguments())).toList();
        boolean write = !dryRun && rejected.isEmpty();
        if (write) {
            Instant now = clock.instant();
            List<String> domains = new ArrayList<>();
            for (AccountCsv.Row row : plan.create()) {
                Account added = add(new Account(row.name(), row.domain(), row.segment(), row.value(), now));
                if (added.domain() != null) {
                    domains.add(added.domain());
                }
            }
            for (AccountImport.Update update : plan.update()) {
                Account account = update.account();
                String formerDomain = account.domain();
                AccountCsv.Row row = update.row();
                account.change(row.name(), row.domain(), row.segment(), row.value(), now);
                if (account.domain() != null && !account.domain().equals(formerDomain)) {
                    domains.add(account.domain());
                }
            }
            int mapped = domains.isEmpty() ? 0 : accounts.mapAllMembers();
            audit.record("account_import", ContentType.ACCOUNT, 0, null, "read=" + parsed.read() + " created="
                    + plan.create().size() + " updated=" + plan.update().size());
            LOG.info(() -> "Accounts imported by member " + currentMember.require().id() + ": " + parsed.read()
                    + " rows, " + plan.create().size() + " created, " + plan.update().size() + " updated, "
                    + mapped + " members mapped");
        }
        return new ImportReport(dryRun, write, parsed.read(), plan.create().size(), plan.update().size(),
                plan.unchanged().size(), rejected);
    }

    /** Maps every member whose e-mail domain an account matches ("map members now"); how many changed. */
    public int mapMembersNow() {
        currentMember.requireRole(Role.ADMIN);
        int mapped = accounts.mapAllMembers();
        LOG.info(() -> "Members mapped to accounts by member " + currentMember.require().id() + ": " + mapped);
        return mapped;
    }

    /** Puts a member in an account, or in none for null. */
    public Optional<Long> setMemberAccount(long memberId, Long accountId) {
        currentMember.requireRole(Role.ADMIN);
        members.findById(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        if (accountId != null && accounts.find(accountId).isEmpty()) {
            throw new InvalidFieldException("account", "account.unknown");
        }
        Optional<Long> before = accounts.accountOf(memberId);
        accounts.assign(memberId, accountId);
        audit.record("member_account", ContentType.MEMBER, memberId, "account=" + before.orElse(null),
                "account=" + accountId);
        LOG.info(() -> "Member " + memberId + " put in account " + accountId + " by member "
                + currentMember.require().id());
        return Optional.ofNullable(accountId);
    }

    /** The account a member belongs to (admins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> accountOf(long memberId) {
        currentMember.requireRole(Role.ADMIN);
        members.findById(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        return accounts.accountOf(memberId);
    }

    private Account add(Account account) {
        try {
            return accounts.add(account);
        } catch (PersistenceException raceOnTheUniqueDomain) {
            throw new ConflictException("domain", "account.domain.taken");
        }
    }

    private void remapIfDomainChanged(Account account, String formerDomain) {
        if (java.util.Objects.equals(formerDomain, account.domain())) {
            return;
        }
        if (account.domain() != null) {
            accounts.mapMembersOfDomain(account.domain(), null);
        }
        if (formerDomain != null) {
            accounts.mapMembersOfDomain(formerDomain, account.id());
        }
    }

    private static String describe(Account account) {
        return "name=" + account.name() + " domain=" + account.domain() + " segment=" + account.segment().id()
                + " value=" + account.value().toPlainString();
    }
}
