package vn.renluyen.base;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one upload service (DESIGN.md, "Uploads"). Images (JPEG, PNG, WebP) and PDF documents are recognised
 * from their bytes, checked against {@link UploadLimits}, scanned by the {@link MalwareScanner} (when
 * clamd is configured) before anything parses them, and stored outside the web root; images are re-encoded
 * in web sizes without any metadata, PDFs must pass the {@link PdfUploadCheck}. A refused upload throws
 * {@link MediaProblem} and leaves nothing behind. Media may be stored before their owner exists (ownerId null) and {@link #attach}ed later;
 * until then only their uploader may read them.
 *
 * <p>The row and the files commit together: the row is written first (its id names the files), the files
 * next, and if the transaction does not commit the files are removed again. Only a crash between writing
 * the files and the commit can leave files without a row; they are never delivered (delivery starts from
 * the row). Joins the caller's transaction, so an owner and its media can commit as one (a disk failure
 * then marks the caller's transaction rollback-only). Images are checked and encoded before any
 * transaction starts, so no database connection waits on the decoder.
 */
@Service
public class MediaService {

    private static final Logger log = LoggerFactory.getLogger(MediaService.class);

    private final MediaRepository repository;
    private final MediaFiles files;
    private final ImageProcessor images;
    private final UploadLimits limits;
    private final MalwareScanner scanner;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    MediaService(MediaRepository repository, MediaStorage storage, ImageProcessor images, UploadLimits limits,
            MalwareScanner scanner, AuditLog audit, Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.files = new MediaFiles(storage);
        this.images = images;
        this.limits = limits;
        this.scanner = scanner;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public StoredMedia storeImage(String ownerType, Long ownerId, String fileName, InputStream data) {
        UploadInput.requireOwnerType(ownerType);
        byte[] bytes = UploadInput.readAtMost(data, limits.maxImageSize().toBytes());
        SniffedType type = SniffedType.of(bytes).filter(SniffedType::isImage)
                .orElseThrow(() -> new MediaProblem("media.error.notImage"));
        if (bytes.length > limits.maxImageSize().toBytes()) {
            throw new MediaProblem("media.error.imageTooLarge", UploadLimits.describe(limits.maxImageSize()));
        }
        scanner.scan(bytes, ownerType);
        ImageProcessor.Processed image = images.process(bytes, type, limits.maxImagePixels());
        Media row = new Media(MediaKind.IMAGE, type.contentType(), image.contentType(),
                UploadInput.displayName(fileName, "anh"), bytes.length, image.width(), image.height(),
                sha256(bytes), ownerType, ownerId, clock.instant(), AuditLog.currentActor());
        return save(row, image.variants());
    }

    public StoredMedia storeImage(String ownerType, Long ownerId, String fileName, byte[] data) {
        return storeImage(ownerType, ownerId, fileName, new ByteArrayInputStream(data));
    }

    /**
     * An image that takes the place of a record's previous one (a portrait, a cover): the new one is
     * stored first, so a refused file leaves the previous image as it was; then the previous is deleted.
     */
    public StoredMedia replaceImage(Long previousId, String ownerType, long ownerId, String fileName, byte[] data) {
        StoredMedia stored = storeImage(ownerType, ownerId, fileName, data);
        if (previousId != null) {
            delete(previousId);
        }
        return stored;
    }

    /**
     * A PDF, stored and delivered byte for byte as uploaded, once clamd (when configured) and the
     * {@link PdfUploadCheck} have passed it: the scan comes first, so known malware is reported as such and
     * never reaches PDFBox.
     */
    public StoredMedia storeDocument(String ownerType, Long ownerId, String fileName, InputStream data) {
        UploadInput.requireOwnerType(ownerType);
        byte[] bytes = UploadInput.readAtMost(data, limits.maxDocumentSize().toBytes());
        if (SniffedType.of(bytes).filter(SniffedType.PDF::equals).isEmpty()) {
            throw new MediaProblem("media.error.notPdf");
        }
        if (bytes.length > limits.maxDocumentSize().toBytes()) {
            throw new MediaProblem("media.error.documentTooLarge", UploadLimits.describe(limits.maxDocumentSize()));
        }
        scanner.scan(bytes, ownerType);
        PdfUploadCheck.check(bytes, ownerType);
        Media row = new Media(MediaKind.DOCUMENT, SniffedType.PDF.contentType(), SniffedType.PDF.contentType(),
                UploadInput.displayName(fileName, "tai-lieu.pdf"), bytes.length, null, null, sha256(bytes),
                ownerType, ownerId, clock.instant(), AuditLog.currentActor());
        return save(row, Map.of(StoredMedia.ORIGINAL, bytes));
    }

    public StoredMedia storeDocument(String ownerType, Long ownerId, String fileName, byte[] data) {
        return storeDocument(ownerType, ownerId, fileName, new ByteArrayInputStream(data));
    }

    /**
     * Gives media stored without an owner to the record that now exists. Only media not yet attached (or
     * already attached to this very record) and of the owner type they were uploaded for may be attached,
     * so one record's files cannot be moved under another record with looser readers.
     */
    public StoredMedia attach(long mediaId, String ownerType, long ownerId) {
        return transactions.execute(status -> {
            Media media = repository.findById(mediaId)
                    .orElseThrow(() -> new IllegalArgumentException("No media " + mediaId));
            StoredMedia before = media.view();
            boolean sameOwnerType = before.ownerType().equals(ownerType);
            if (!sameOwnerType || (before.ownerId() != null && before.ownerId() != ownerId)) {
                throw new IllegalStateException("Media " + mediaId + " belongs to " + before.ownerType() + " "
                        + before.ownerId() + ", not to " + ownerType + " " + ownerId);
            }
            if (before.ownerId() != null) {
                return before;
            }
            media.attachTo(ownerType, ownerId);
            audit.record("media.attach", "media", mediaId, owner(before), ownerType + " " + ownerId);
            return media.view();
        });
    }

    /** The row now; the files once the transaction has committed (a rollback keeps them). */
    public void delete(long mediaId) {
        deleteIf(mediaId, media -> true);
    }

    /**
     * Uploads never attached to a record and stored before {@code cutoff} (retention), each deleted like
     * {@link #delete} in its own transaction. One attached meanwhile is kept: the check is made again on the row
     * being deleted, and an {@link #attach} committing at the same moment makes the delete fail on the version.
     */
    public int deleteUnattachedBefore(Instant cutoff) {
        int deleted = 0;
        for (long mediaId : repository.findUnattachedBefore(cutoff)) {
            try {
                deleted += deleteIf(mediaId, media -> media.ownerId() == null) ? 1 : 0;
            } catch (OptimisticLockingFailureException attachedMeanwhile) {
                log.info("Media {} was attached while retention deleted it; kept", mediaId);
            }
        }
        return deleted;
    }

    private boolean deleteIf(long mediaId, Predicate<StoredMedia> condition) {
        return Boolean.TRUE.equals(transactions.execute(status -> repository.findById(mediaId)
                .filter(media -> condition.test(media.view()))
                .map(media -> {
                    audit.record("media.delete", "media", mediaId, describe(media.view()), null);
                    repository.delete(media);
                    files.deleteAfterCommit(mediaId);
                    return true;
                }).orElse(false)));
    }

    public Optional<StoredMedia> find(long mediaId) {
        return repository.findById(mediaId).map(Media::view);
    }

    public List<StoredMedia> ownedBy(String ownerType, long ownerId) {
        return repository.findByOwnerTypeAndOwnerIdOrderByIdAsc(ownerType, ownerId).stream().map(Media::view).toList();
    }

    /**
     * The bytes of one variant ({@link StoredMedia#variants()}), with NO access check: the delivery endpoint
     * checks readers through {@link MediaAccessPolicy}; a feature calling this decides itself who may read.
     */
    public Optional<Resource> readVariant(long mediaId, String variant) {
        Optional<StoredMedia> media = find(mediaId);
        if (media.isEmpty() || !media.get().variants().contains(variant)) {
            return Optional.empty();
        }
        return files.read(mediaId, variant);
    }

    private StoredMedia save(Media row, Map<String, byte[]> variants) {
        StoredMedia stored = transactions.execute(status -> {
            Media saved = repository.saveAndFlush(row);
            long id = saved.getId();
            files.writeForNewRow(id, variants);
            audit.record("media.store", "media", id, null, describe(saved.view()));
            return saved.view();
        });
        // File names and contents may be personal data: the log says only what kind of file arrived.
        log.info("Stored media {} ({}, {} bytes) for {}", stored.id(), stored.contentType(), stored.byteSize(),
                owner(stored));
        return stored;
    }

    private static String describe(StoredMedia media) {
        return media.kind() + " " + media.contentType() + " " + media.byteSize() + " bytes, " + owner(media);
    }

    private static String owner(StoredMedia media) {
        return media.ownerType() + " " + (media.ownerId() == null ? "(not attached)" : media.ownerId());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
