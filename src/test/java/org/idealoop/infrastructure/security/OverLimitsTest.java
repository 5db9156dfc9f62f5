package org.idealoop.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverLimitsTest {

    @Test
    void aBucketRefusedInAWindowIsKnownOverUntilTheWindowEnds() {
        OverLimits over = new OverLimits(10);
        assertFalse(over.isOver("vote:m:7", 1_000));

        over.remember("vote:m:7", 60_000, 1_000);

        assertTrue(over.isOver("vote:m:7", 59_999));
        assertFalse(over.isOver("vote:m:8", 59_999), "other members are not touched");
        assertFalse(over.isOver("vote:m:7", 60_000), "the next window asks the database again");
    }

    @Test
    void whenFullItForgetsRatherThanGrows() {
        OverLimits over = new OverLimits(2);
        over.remember("a", 10, 0);
        over.remember("b", 100, 0);

        over.remember("c", 100, 50); // "a" ended: dropped to make room

        assertFalse(over.isOver("a", 50));
        assertTrue(over.isOver("b", 50));
        assertTrue(over.isOver("c", 50));
    }
}
