package vn.renluyen.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.renluyen.Application;
import vn.renluyen.TestDatabase;

/**
 * The one portal all journeys of a test run use: the whole application on a free port, on a database and data
 * folder of its own, with the demo data and the content folder imported at start, as a fresh installation
 * has them. Started by the first journey, closed (database dropped, folder deleted) when the JVM ends.
 *
 * <p>The publishing scheduler runs for real, every 2 seconds instead of 30, so a scheduled article goes live
 * on its own at its time.
 */
final class Portal {

    static final String PASSWORD = "RenLuyen@2026";

    private static Portal portal;

    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private Portal(ConfigurableApplicationContext context, String baseUrl) {
        this.context = context;
        this.baseUrl = baseUrl;
    }

    static synchronized Portal get() {
        if (portal == null) {
            portal = start();
        }
        return portal;
    }

    String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private static Portal start() {
        String database = "rl_journeys_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestDatabase.Server server = TestDatabase.createDatabase(database);
        Path data;
        try {
            data = Files.createTempDirectory("rl-journeys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The port is chosen first so that portal.public-url (feeds, QR codes of confirmations) points at it.
        int port = freePort();
        String baseUrl = "http://localhost:" + port;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + server.baseUrl() + database,
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password(),
                "--spring.datasource.hikari.maximum-pool-size=6",
                "--server.port=" + port,
                "--portal.public-url=" + baseUrl,
                "--portal.data.dir=" + data,
                "--portal.demo-data=true",
                "--portal.publishing.poll-interval=2s");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            TestDatabase.dropDatabase(database);
            FileSystemUtils.deleteRecursively(data.toFile());
        }, "journeys-portal-shutdown"));
        return new Portal(context, baseUrl);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
