package vn.renluyen.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files of media rows, kept in step with the transaction that writes or deletes the row: files of a
 * row that does not commit are removed, files of a deleted row only go once the delete has committed.
 */
final class MediaFiles {

    private static final Logger log = LoggerFactory.getLogger(MediaFiles.class);

    private final MediaStorage storage;

    MediaFiles(MediaStorage storage) {
        this.storage = storage;
    }

    /** Inside the transaction that inserted row {@code mediaId}; a failure is the uploader's error message. */
    void writeForNewRow(long mediaId, Map<String, byte[]> files) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int outcome) {
                if (outcome != STATUS_COMMITTED) {
                    deleteQuietly(mediaId);
                }
            }
        });
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                storage.write(mediaId, file.getKey(), file.getValue());
            }
        } catch (IOException | RuntimeException e) {
            log.error("Could not write the files of media {}; the upload is refused", mediaId, e);
            throw new MediaProblem("media.error.storageFailed", e);
        }
    }

    /** Inside the transaction that deletes row {@code mediaId}. */
    void deleteAfterCommit(long mediaId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(mediaId);
            }
        });
    }

    Optional<Resource> read(long mediaId, String variant) {
        try {
            return storage.read(mediaId, variant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteQuietly(long mediaId) {
        try {
            storage.deleteAll(mediaId);
        } catch (IOException | RuntimeException e) {
            log.warn("Files of media {} could not be deleted and stay on disk (never delivered): {}", mediaId,
                    e.toString());
        }
    }
}
