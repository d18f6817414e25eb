package vn.renluyen.base;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;

/**
 * The JPA transaction manager, for a {@code jdbc:mariadb:replication:} URL. Routing stays MariaDB Connector/J's:
 * {@code setReadOnly(true)} at the start of a read-only transaction moves the connection to its replica session,
 * and a replica that fails during a query is replaced by the primary inside the driver. One case the driver does
 * not heal (checked with 3.5.8 and Hikari 7.0.2): a pooled connection whose replica session died while it sat in
 * the pool fails in {@code setReadOnly(true)} itself (the driver re-sends the session's read-only flag to the dead
 * replica), Hikari marks it broken, and the transaction cannot start. Every pooled connection would fail one
 * request that way. So a read-only transaction that cannot start on a broken connection makes the pool renew its
 * connections (new ones find the replica down and read from the primary until it answers again) and starts once
 * more. Read-write transactions are never started again here.
 */
final class ReplicaFallbackTransactionManager extends JpaTransactionManager {

    private static final Logger log = LoggerFactory.getLogger(ReplicaFallbackTransactionManager.class);

    private final HikariDataSource pool;

    ReplicaFallbackTransactionManager(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        try {
            super.doBegin(transaction, definition);
        } catch (TransactionException failure) {
            if (!definition.isReadOnly() || !brokenConnection(failure)) {
                throw failure;
            }
            log.warn("A read-only transaction could not start on its pooled connection (a replica gone away?): "
                    + "renewing the pool's connections and starting it again ({})",
                    failure.getMostSpecificCause().toString());
            pool.getHikariPoolMXBean().softEvictConnections();
            super.doBegin(transaction, definition);
        }
    }

    /**
     * A connection was handed out and failed under JDBC (Hikari's closed stand-in for a broken connection throws a
     * plain SQLException without a state), as opposed to none being available: a pool that timed out, or cannot
     * reach the database, is not helped by renewing its connections, which would only add load.
     */
    static boolean brokenConnection(Throwable failure) {
        boolean jdbc = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return false;
            }
            jdbc |= t instanceof SQLException;
        }
        return jdbc;
    }
}
