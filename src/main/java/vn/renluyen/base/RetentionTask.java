package vn.renluyen.base;

import java.time.Instant;

/**
 * One kind of data that {@link Retention} deletes once it has outlived its purpose. The feature that owns the data
 * implements it (so {@code base} names no feature below it); each call commits on its own.
 */
public interface RetentionTask {

    /** Names the data in the run's log line and audit entry, e.g. {@code loginFailures}. */
    String dataName();

    /** Deletes what has expired at {@code now}; returns how many records went. */
    int deleteExpired(Instant now);
}
