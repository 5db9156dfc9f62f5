package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LockConflictsTest {

    private static RuntimeException deadlock() {
        return new PersistenceException(new SQLTransactionRollbackException("Deadlock found when trying to get lock",
                "40001", 1213));
    }

    @Test
    void aTransactionThatLosesADeadlockRunsAgain() {
        AtomicInteger runs = new AtomicInteger();
        String result = LockConflicts.retrying(4, () -> {
            if (runs.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "voted";
        });
        assertEquals("voted", result);
        assertEquals(3, runs.get());
    }

    @Test
    void afterItsAttemptsTheConflictGoesThrough() {
        AtomicInteger runs = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> LockConflicts.retrying(4, () -> {
            runs.incrementAndGet();
            throw deadlock();
        }));
        assertEquals(4, runs.get());
    }

    @Test
    void anyOtherFailureIsNotRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        IllegalStateException closed = new IllegalStateException("vote.closed");
        assertSame(closed, assertThrows(IllegalStateException.class, () -> LockConflicts.retrying(4, () -> {
            runs.incrementAndGet();
            throw closed;
        })));
        assertEquals(1, runs.get());
    }
}
