package org.idealoop.application;

import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * InnoDB ends one of two transactions that wait for each other's row locks (a deadlock, 1213) or waits too long (1205);
 * the loser's work was rolled back and may simply run again. {@link #retrying} runs a whole transaction again a few
 * times before it lets the failure through: a member's vote should not fail because the minute's trending refresh
 * locked the same rows at that moment.
 */
public final class LockConflicts {

    private static final Logger LOG = Logger.getLogger(LockConflicts.class.getName());

    private LockConflicts() {
    }

    /** A deadlock or lock wait timeout, at the statement or at commit, anywhere in the causes. */
    public static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205 || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            // the server's own words, for drivers that wrap the error without its code
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (message.contains("deadlock found") || message.contains("lock wait timeout")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code transaction} (which must begin and end its own transaction) up to {@code attempts} times while it
     * loses a lock conflict, a few milliseconds apart.
     */
    public static <T> T retrying(int attempts, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isLockConflict(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.log(Level.FINE, e, () -> "Lock conflict, attempt " + tried + " of " + attempts + "; running again");
                try {
                    Thread.sleep(5L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
