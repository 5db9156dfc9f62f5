package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
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

    @Test
    void aDeadlockOrLockTimeoutAnywhereInTheCausesIsRetried() {
        assertTrue(LockConflicts.isLockConflict(new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213))));
        assertTrue(LockConflicts.isLockConflict(new RuntimeException(new PersistenceException(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)))));
        assertTrue(LockConflicts.isLockConflict(new RuntimeException("wrapped",
                new RuntimeException("(conn=7) Deadlock found when trying to get lock; try restarting transaction"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(LockConflicts.isLockConflict(new PersistenceException(new SQLException("Table missing", "42S02", 1146))));
        assertFalse(LockConflicts.isLockConflict(new IllegalStateException("no database")));
    }
}
