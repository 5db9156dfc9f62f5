package org.idealoop.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LimitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-3", "ten", " "})
    void limitsOutsideOneToHundredAreRefusedNamingTheField(String limit) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Limits.parse(limit));
        assertEquals("limit", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "20", "100"})
    void limitsFromOneToHundredAreAccepted(String limit) {
        assertEquals(Integer.parseInt(limit), Limits.parse(limit));
    }
}
