package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.jdbc.core.JdbcTemplate;

/** That a refused upload says why and leaves neither a media row nor a file behind. */
final class RefusedUploads {

    private RefusedUploads() {
    }

    static void assertNothingStoredBy(JdbcTemplate jdbc, FileMediaStorage storage, ThrowingCallable upload,
            String messageKey) {
        long rows = rows(jdbc);
        long files = files(storage);
        assertThatThrownBy(upload).isInstanceOfSatisfying(MediaProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo(messageKey));
        assertThat(rows(jdbc)).isEqualTo(rows);
        assertThat(files(storage)).isEqualTo(files);
    }

    static long rows(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM media", Long.class);
    }

    static long files(FileMediaStorage storage) {
        if (!Files.isDirectory(storage.root())) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(storage.root())) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
