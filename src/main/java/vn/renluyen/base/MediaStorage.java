package vn.renluyen.base;

import java.io.IOException;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Where the bytes of uploads live, one file per media id and variant. An interface so that tests can
 * put a failing disk behind the service (tests run as root: file permissions do not fail them).
 */
interface MediaStorage {

    /** Complete or not at all: a reader never sees half a file. Replaces an earlier file of that name. */
    void write(long mediaId, String variant, byte[] content) throws IOException;

    Optional<Resource> read(long mediaId, String variant) throws IOException;

    /** Every variant of the media; nothing to delete is not an error. */
    void deleteAll(long mediaId) throws IOException;
}
