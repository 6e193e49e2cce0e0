package org.hubline.shared.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the database being out of reach — stopped, restarting, the connection cut
 * or refused — rather than a fault in Hubline: then the user or client is told to try again soon.
 * Seen anywhere in the failure's causes, as Spring, the pool or the driver report it.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }

    /** SQL states of a connection lost or refused (08…), or of a server shutting down (57P…). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
