package org.talentflow.storage;

import java.sql.SQLException;

/** A store operation failed; the transaction it belonged to was rolled back. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }

    /**
     * Whether the database refused a value as such (longer than its column, a character it cannot hold, a number out
     * of range): SQLSTATE class 22, "data exception", in H2 and PostgreSQL alike. The input is at fault then, not the
     * store, and a caller that took the input from a user can say so.
     */
    public boolean refusedData() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
