package org.idealoop.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-30T05:00:00Z");

    @Test
    void aDomainIsAHostNameInLowerCase() {
        assertEquals("eu.acme.com", Account.domain("  EU.Acme.com "));
        assertNull(Account.domain(" "));
        for (String bad : new String[] {"acme", "acme..com", "-acme.com", "acme-.com", "acme.com.", "a b.com",
                "acme_corp.com", "ac%me.com", "x".repeat(64) + ".com"}) {
            assertEquals("account.domain.invalid",
                    assertThrows(InvalidFieldException.class, () -> Account.domain(bad)).messageKey(), bad);
        }
    }

    @Test
    void segmentsAreKnownByTheirLowerCaseIds() {
        assertEquals(Optional.of(Segment.MID_MARKET), Segment.fromId("mid_market"));
        assertEquals(Segment.PUBLIC_SECTOR, Account.segment(" Public_Sector "));
        assertEquals("account.segment.unknown",
                assertThrows(InvalidFieldException.class, () -> Account.segment("galactic")).messageKey());
        assertEquals("enterprise, mid_market, small_business, startup, public_sector, trial", Segment.ids());
    }

    @Test
    void aValueIsNotNegativeWithTwoDecimalsAtMost() {
        assertEquals(new BigDecimal("12.50"), Account.value("12.5"));
        assertEquals(new BigDecimal("0.00"), Account.value(BigDecimal.ZERO));
        assertEquals("account.value.negative",
                assertThrows(InvalidFieldException.class, () -> Account.value("-0.01")).messageKey());
        assertEquals("account.value.range",
                assertThrows(InvalidFieldException.class, () -> Account.value("10000000000000")).messageKey());
        assertEquals("account.value.number",
                assertThrows(InvalidFieldException.class, () -> Account.value("1e5")).messageKey());
    }

    @Test
    void aChangeToTheSameValuesIsNoChange() {
        Account acme = new Account("Acme", "acme.com", Segment.ENTERPRISE, new BigDecimal("100"), NOW);

        assertFalse(acme.change("Acme", "acme.com", Segment.ENTERPRISE, new BigDecimal("100.00"), NOW.plusSeconds(1)));
        assertEquals(NOW, acme.updatedAt());
        assertTrue(acme.change("Acme", "acme.com", Segment.TRIAL, new BigDecimal("100.00"), NOW.plusSeconds(1)));
        assertEquals(NOW.plusSeconds(1), acme.updatedAt());
    }
}
