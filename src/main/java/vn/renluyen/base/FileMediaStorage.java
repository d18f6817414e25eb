package vn.renluyen.base;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Uploads on the local disk under {@code portal.data.dir/uploads}, which no web server or servlet
 * serves directly: {@code uploads/<id / 1000>/<id>/<variant>}. The grouping by thousands keeps
 * folders small; names come from ids only, so no user-typed name ever reaches the file system.
 */
@Component
class FileMediaStorage implements MediaStorage {

    private final Path root;

    FileMediaStorage(PortalProperties properties) {
        this.root = properties.dataDir().resolve("uploads").toAbsolutePath().normalize();
    }

    @Override
    public void write(long mediaId, String variant, byte[] content) throws IOException {
        Path target = fileOf(mediaId, variant);
        Path folder = Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(folder, "." + variant + "-", ".part");
        try {
            Files.write(temporary, content);
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<Resource> read(long mediaId, String variant) {
        Path file = fileOf(mediaId, variant);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public void deleteAll(long mediaId) throws IOException {
        Path folder = folderOf(mediaId);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    Path root() {
        return root;
    }

    private Path folderOf(long mediaId) {
        if (mediaId <= 0) {
            throw new IllegalArgumentException("media id " + mediaId);
        }
        return root.resolve(Long.toString(mediaId / 1000)).resolve(Long.toString(mediaId));
    }

    private Path fileOf(long mediaId, String variant) {
        // Variant names are the service's own ("400", "original"); anything else is a bug, not a path.
        if (!variant.matches("[a-z0-9]{1,20}")) {
            throw new IllegalArgumentException("variant " + variant);
        }
        return folderOf(mediaId).resolve(variant);
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
