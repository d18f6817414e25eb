package vn.renluyen;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;
import vn.renluyen.base.EmbeddedMariaDb;

/**
 * Gives each Spring test context its own database, dropped when the context closes, on a real
 * MariaDB: {@code PORTAL_TEST_DB_URL} (+ _USERNAME/_PASSWORD) if set, else the server on
 * 127.0.0.1:3306 if one answers, else an embedded MariaDB started once per test JVM.
 * The search index goes to a fresh folder per context too.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Server server;

    public record Server(String baseUrl, String username, String password) {
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Server db = server();
        String name = "rl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(db, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("rl-test-data");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", db.baseUrl() + name,
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(),
                "portal.data.dir", dataDir.toString())));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                execute(db, "DROP DATABASE IF EXISTS `" + name + "`");
                FileSystemUtils.deleteRecursively(dataDir.toFile());
            }
        });
    }

    /** A database of the caller's own on the test server, for tests that start the portal themselves. */
    public static Server createDatabase(String name) {
        Server db = server();
        execute(db, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        return db;
    }

    public static void dropDatabase(String name) {
        execute(server(), "DROP DATABASE IF EXISTS `" + name + "`");
    }

    static synchronized Server server() {
        if (server == null) {
            server = findServer();
        }
        return server;
    }

    private static Server findServer() {
        String url = System.getenv("PORTAL_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url.endsWith("/") ? url : url + "/", env("PORTAL_TEST_DB_USERNAME", "root"),
                    env("PORTAL_TEST_DB_PASSWORD", ""));
        }
        if (answers("127.0.0.1", 3306)) {
            return new Server("jdbc:mariadb://127.0.0.1:3306/", "root", "");
        }
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(Path.of("target", "test-mariadb"), 0);
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop));
        return new Server("jdbc:mariadb://127.0.0.1:" + embedded.port() + "/", "root", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void execute(Server db, String sql) {
        try (Connection connection = DriverManager.getConnection(db.baseUrl(), db.username(), db.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql, e);
        }
    }
}
