package org.idealoop.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.idealoop.domain.account.Account;

/**
 * What importing valid rows does to the accounts there are: a row whose domain (or, without a domain,
 * whose name among the accounts without one) matches an account updates it, or leaves it unchanged when
 * it already has the row's values; any other row creates an account. So importing one file twice
 * changes nothing the second time.
 */
record AccountImport(List<AccountCsv.Row> create, List<Update> update, List<AccountCsv.Row> unchanged) {

    /** A row that gives an existing account new values. */
    record Update(Account account, AccountCsv.Row row) {
    }

    static AccountImport plan(List<AccountCsv.Row> rows, List<Account> existing) {
        Map<String, Account> byKey = new HashMap<>();
        for (Account account : existing) {
            String key = account.domain() != null ? "domain:" + account.domain()
                    : "name:" + account.name().toLowerCase(Locale.ROOT);
            byKey.putIfAbsent(key, account); // by name, the oldest (existing comes by name, then id)
        }
        List<AccountCsv.Row> create = new ArrayList<>();
        List<Update> update = new ArrayList<>();
        List<AccountCsv.Row> unchanged = new ArrayList<>();
        for (AccountCsv.Row row : rows) {
            Account account = byKey.get(row.key());
            if (account == null) {
                create.add(row);
            } else if (account.hasValues(row.name(), row.domain(), row.segment(), row.value())) {
                unchanged.add(row);
            } else {
                update.add(new Update(account, row));
            }
        }
        return new AccountImport(List.copyOf(create), List.copyOf(update), List.copyOf(unchanged));
    }
}
