package vn.renluyen.base;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Sorts failures into what the user is told. */
public final class Failures {

    private Failures() {
    }

    /** True when the database cannot be reached (down, network, pool exhausted): worth a retry later. */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the search index's storage failed (an I/O error, or an index writer or reader Lucene closed after
     * one), as opposed to a mistake in a query.
     */
    public static boolean isSearchIndexUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException
                    || t instanceof org.apache.lucene.store.AlreadyClosedException
                    || t instanceof org.hibernate.search.util.common.SearchTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The problem a user should read about, if one is in the chain. */
    public static java.util.Optional<UserFacingProblem> userFacing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingProblem problem) {
                return java.util.Optional.of(problem);
            }
        }
        return java.util.Optional.empty();
    }
}
