package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.domain.account.Account;
import org.junit.jupiter.api.Test;

class AccountImportTest {

    private static final String FILE = """
            name,domain,segment,value
            Acme,acme.com,enterprise,500000
            Globex,globex.io,mid_market,1200.5
            Solo,,trial,0
            """;

    private static List<AccountCsv.Row> rows(String text) {
        return AccountCsv.parse(text.getBytes(StandardCharsets.UTF_8)).rows();
    }

    /** What importing writes: the accounts after the plan is carried out. */
    private static List<Account> apply(AccountImport plan, List<Account> existing) {
        List<Account> after = new ArrayList<>(existing);
        Instant now = Instant.parse("2026-11-30T00:00:00Z");
        plan.create().forEach(r -> after.add(new Account(r.name(), r.domain(), r.segment(), r.value(), now)));
        plan.update().forEach(u -> u.account().change(u.row().name(), u.row().domain(), u.row().segment(),
                u.row().value(), now));
        return after;
    }

    @Test
    void anAccountWithoutADomainIsMatchedByItsNameCaseIgnored() {
        List<Account> existing = apply(AccountImport.plan(rows(FILE), List.of()), List.of());

        AccountImport plan = AccountImport.plan(rows("name,domain,segment,value\nSOLO,,startup,3\n"), existing);

        assertEquals(0, plan.create().size());
        assertEquals(1, plan.update().size());
        assertEquals("Solo", plan.update().get(0).account().name());
    }

    @Test
    void theFirstImportCreatesEveryAccount() {
        AccountImport plan = AccountImport.plan(rows(FILE), List.of());

        assertEquals(3, plan.create().size());
        assertEquals(0, plan.update().size());
        assertEquals(0, plan.unchanged().size());
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        List<Account> afterFirst = apply(AccountImport.plan(rows(FILE), List.of()), List.of());

        AccountImport second = AccountImport.plan(rows(FILE), afterFirst);

        assertEquals(0, second.create().size());
        assertEquals(0, second.update().size());
        assertEquals(3, second.unchanged().size());
    }

    @Test
    void aChangedValueUpdatesTheAccountOfThatDomainAndAValueWrittenDifferentlyDoesNot() {
        List<Account> existing = apply(AccountImport.plan(rows(FILE), List.of()), List.of());

        AccountImport plan = AccountImport.plan(rows("""
                value,name,domain,segment
                600000,Acme,ACME.com,enterprise
                1200.50,Globex,globex.io,mid_market
                0.00,Solo,,trial
                """), existing);

        assertEquals(0, plan.create().size());
        assertEquals(List.of("acme.com"), plan.update().stream().map(u -> u.account().domain()).toList());
        assertEquals(2, plan.unchanged().size());
    }
}
