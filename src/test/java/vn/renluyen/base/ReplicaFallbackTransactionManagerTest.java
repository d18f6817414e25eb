package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures to start a read-only transaction make the pool renew its connections (the drill covers the rest). */
class ReplicaFallbackTransactionManagerTest {

    @Test
    void aConnectionThatBrokeAfterItWasHandedOutCounts() {
        // as seen in ReplicationDrillIT: Hikari closed the connection whose replica session died in setReadOnly
        SQLException closed = new SQLException("Connection is closed");
        assertThat(ReplicaFallbackTransactionManager.brokenConnection(begin(closed))).isTrue();
    }

    @Test
    void aPoolThatHandsOutNoConnectionDoesNot() {
        SQLException timedOut = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms", "08001");
        assertThat(ReplicaFallbackTransactionManager.brokenConnection(begin(timedOut))).isFalse();
    }

    @Test
    void failuresOutsideJdbcDoNot() {
        CannotCreateTransactionException failure = new CannotCreateTransactionException("Could not open JPA "
                + "EntityManager for transaction", new IllegalStateException("EntityManagerFactory is closed"));
        assertThat(ReplicaFallbackTransactionManager.brokenConnection(failure)).isFalse();
    }

    private static CannotCreateTransactionException begin(SQLException cause) {
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to begin", cause));
    }
}
