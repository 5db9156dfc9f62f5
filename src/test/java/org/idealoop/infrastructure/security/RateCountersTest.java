package org.idealoop.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class RateCountersTest {

    @Test
    void aDeadlockOrLockTimeoutAnywhereInTheCausesIsRetried() {
        assertTrue(RateCounters.isLockConflict(new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213))));
        assertTrue(RateCounters.isLockConflict(new RuntimeException(new PersistenceException(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)))));
        assertTrue(RateCounters.isLockConflict(new RuntimeException("wrapped",
                new RuntimeException("(conn=7) Deadlock found when trying to get lock; try restarting transaction"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(RateCounters.isLockConflict(new PersistenceException(new SQLException("Table missing", "42S02", 1146))));
        assertFalse(RateCounters.isLockConflict(new IllegalStateException("no database")));
    }
}
