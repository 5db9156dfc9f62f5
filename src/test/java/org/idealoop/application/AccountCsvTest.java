package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.account.Segment;
import org.junit.jupiter.api.Test;

class AccountCsvTest {

    private static AccountCsv.Parsed parse(String text) {
        return AccountCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsColumnsInAnyOrderWithSpacesAndCase() {
        AccountCsv.Parsed parsed = parse("""
                Value, segment ,DOMAIN,name
                1200.50,enterprise,Acme.com,Acme Corp
                0,trial,,"Solo, Ltd"
                """);

        assertEquals(2, parsed.read());
        assertEquals(List.of(), parsed.rejected());
        AccountCsv.Row acme = parsed.rows().get(0);
        assertEquals(2, acme.row());
        assertEquals("Acme Corp", acme.name());
        assertEquals("acme.com", acme.domain());
        assertEquals(Segment.ENTERPRISE, acme.segment());
        assertEquals(new BigDecimal("1200.50"), acme.value());
        assertEquals("Solo, Ltd", parsed.rows().get(1).name());
        assertEquals(null, parsed.rows().get(1).domain());
    }

    @Test
    void aMissingColumnRefusesTheFileNamingIt() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> parse("name,domain,value\nAcme,acme.com,1\n"));

        assertEquals("file", e.field());
        assertEquals("account.import.column.missing", e.messageKey());
        assertEquals("segment", e.messageArguments()[0]);
    }

    @Test
    void duplicateDomainsRejectBothRowsNamingEachOther() {
        AccountCsv.Parsed parsed = parse("""
                name,domain,segment,value
                Acme,acme.com,enterprise,10
                Other,other.org,startup,5
                Acme again,ACME.com,trial,1
                """);

        assertEquals(3, parsed.read());
        assertEquals(List.of(
                new AccountCsv.Rejection(2, "domain", "account.import.domain.duplicate", List.of("4")),
                new AccountCsv.Rejection(4, "domain", "account.import.domain.duplicate", List.of("2"))),
                parsed.rejected());
        assertEquals(1, parsed.rows().size());
    }

    @Test
    void negativeAndNonNumericValuesAreRejectedEachWithItsMessage() {
        AccountCsv.Parsed parsed = parse("""
                name,domain,segment,value
                Minus,minus.com,enterprise,-5
                Words,words.com,enterprise,lots
                Comma,comma.com,enterprise,"1,000"
                Decimals,decimals.com,enterprise,1.999
                Empty,empty.com,enterprise,
                """);

        assertEquals(List.of("account.value.negative", "account.value.number", "account.value.number",
                "account.value.range", "account.value.required"),
                parsed.rejected().stream().map(AccountCsv.Rejection::key).toList());
        assertEquals(List.of(2, 3, 4, 5, 6), parsed.rejected().stream().map(AccountCsv.Rejection::row).toList());
        assertTrue(parsed.rows().isEmpty());
    }

    @Test
    void anUnknownSegmentIsRejectedListingTheKnownOnes() {
        AccountCsv.Parsed parsed = parse("name,domain,segment,value\nAcme,acme.com,galactic,1\n");

        AccountCsv.Rejection rejection = parsed.rejected().get(0);
        assertEquals("segment", rejection.field());
        assertEquals("account.segment.unknown", rejection.key());
        assertEquals(List.of(Segment.ids()), rejection.arguments());
    }

    @Test
    void anEmptyOrTooLongNameIsRejected() {
        AccountCsv.Parsed parsed = parse("name,domain,segment,value\n,a.com,trial,1\n" + "x".repeat(121)
                + ",b.com,trial,1\n");

        assertEquals(List.of("account.name.required", "account.name.length"),
                parsed.rejected().stream().map(AccountCsv.Rejection::key).toList());
        assertEquals(List.of("name", "name"), parsed.rejected().stream().map(AccountCsv.Rejection::field).toList());
    }

    @Test
    void aBadDomainIsRejected() {
        AccountCsv.Parsed parsed = parse("name,domain,segment,value\nA,not a domain,trial,1\nB,-x.com,trial,1\n"
                + "C,nodot,trial,1\n");

        assertEquals(3, parsed.rejected().size());
        assertTrue(parsed.rejected().stream().allMatch(r -> r.key().equals("account.domain.invalid")));
    }

    @Test
    void oneRowMayBreakSeveralRules() {
        AccountCsv.Parsed parsed = parse("name,domain,segment,value\n,bad domain,nope,-1\n");

        assertEquals(List.of("name", "domain", "segment", "value"),
                parsed.rejected().stream().map(AccountCsv.Rejection::field).toList());
    }

    @Test
    void refusesWholeFilesThatCannotBeRead() {
        assertEquals("account.import.empty", assertThrows(InvalidFieldException.class, () -> parse("")).messageKey());
        assertEquals("account.import.encoding", assertThrows(InvalidFieldException.class,
                () -> AccountCsv.parse(new byte[] {'n', (byte) 0xff, '\n'})).messageKey());
        assertEquals("account.import.malformed", assertThrows(InvalidFieldException.class,
                () -> parse("name,domain,segment,value\n\"Acme,acme.com,trial,1\n")).messageKey());
        assertEquals("account.import.tooLarge", assertThrows(InvalidFieldException.class,
                () -> AccountCsv.parse(new byte[AccountCsv.MAX_BYTES + 1])).messageKey());
        StringBuilder many = new StringBuilder("name,domain,segment,value\n");
        for (int i = 0; i <= AccountCsv.MAX_ROWS; i++) {
            many.append('a').append(i).append(",,trial,1\n");
        }
        assertEquals("account.import.tooManyRows", assertThrows(InvalidFieldException.class,
                () -> parse(many.toString())).messageKey());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        assertEquals(1, parse("\uFEFFname,domain,segment,value\nAcme,acme.com,trial,1\n").rows().size());
    }
}
