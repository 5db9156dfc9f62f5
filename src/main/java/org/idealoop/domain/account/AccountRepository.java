package org.idealoop.domain.account;

import java.util.List;
import java.util.Optional;

/**
 * The accounts, and which account each member belongs to. A member belongs to the account whose domain is
 * the domain of the member's e-mail address or a parent of it ({@code eu.acme.com} belongs to
 * {@code acme.com}); the longest matching domain wins.
 */
public interface AccountRepository {

    /** An account with how many members belong to it. */
    record AccountUse(Account account, long members) {
    }

    Account add(Account account);

    Optional<Account> find(long id);

    /** The account, locked until the end of the transaction. */
    Optional<Account> lock(long id);

    Optional<Account> findByDomain(String domain);

    /** Accounts with this name, case ignored, oldest first. */
    List<Account> findByName(String name);

    /** Every account, by name. */
    List<Account> all();

    /** A page of accounts by name with their member counts; text narrows to names or domains containing it. */
    List<AccountUse> list(String text, int offset, int limit);

    long memberCount(long accountId);

    /** Deletes the account; its members are left without one (the foreign key sets NULL). */
    void remove(Account account);

    /**
     * Maps the members whose e-mail domain is {@code domain} or one of its subdomains to the account that
     * matches them best; a member no account matches any more, who belonged to {@code formerAccountId},
     * is left without one. Returns how many members changed.
     */
    int mapMembersOfDomain(String domain, Long formerAccountId);

    /** Maps every member whose e-mail domain some account matches; returns how many members changed. */
    int mapAllMembers();

    /** Maps one member by their e-mail address, when an account matches it (else leaves them as they are). */
    void mapMember(long memberId);

    /** Puts the member in the account, or in none for null; false when there is no such member. */
    boolean assign(long memberId, Long accountId);

    /** The account the member belongs to. */
    Optional<Long> accountOf(long memberId);
}
