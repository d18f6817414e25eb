package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestMediaAccess;
import vn.renluyen.TestPdfs;
import vn.renluyen.Users;

/** The upload service on a real database and disk: what is stored, what is refused, and that both agree. */
@PortalIntegrationTest
class MediaServiceIT {

    @Autowired
    MediaService media;
    @Autowired
    MediaRepository repository;
    @Autowired
    FileMediaStorage storage;
    @Autowired
    ImageProcessor images;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aPngNamedJpgIsStoredAsThePngItIs() {
        StoredMedia stored = Users.as(users, "bientap", () -> media.storeImage(TestMediaAccess.PUBLIC, 7L,
                "C:\\fakepath\\Ảnh hội nghị.jpg", TestImages.png(640, 480, true)));

        assertThat(stored.kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(jdbc.queryForObject("SELECT source_type FROM media WHERE id = ?", String.class, stored.id()))
                .isEqualTo("image/png");
        assertThat(stored.originalName()).isEqualTo("Ảnh hội nghị.jpg");
        assertThat(stored.width()).isEqualTo(640);
        assertThat(stored.height()).isEqualTo(480);
        assertThat(stored.sha256()).hasSize(64);
        assertThat(stored.createdBy()).isEqualTo("bientap");
        assertThat(stored.variants()).containsExactly("400", "800", "1600");
        assertThat(stored.srcset()).isEqualTo("/media/" + stored.id() + "/400 400w, /media/" + stored.id() + "/800 640w");
        byte[] variant = bytes(media.readVariant(stored.id(), "400").orElseThrow());
        assertThat(SniffedType.of(variant)).contains(SniffedType.PNG);
        assertThat(TestImages.decode(variant).getWidth()).isEqualTo(400);
        assertThat(filesOf(stored.id())).containsExactlyInAnyOrder("400", "800", "1600");
        assertThat(audit.historyOf("media", stored.id())).extracting(AuditEntry::getAction).containsExactly("media.store");
    }

    @Test
    void textNamedPngIsRefusedAndNothingIsStored() {
        assertNothingStoredBy(() -> media.storeImage(TestMediaAccess.PUBLIC, 1L, "anh.png",
                "Đây không phải là ảnh.\n".getBytes(StandardCharsets.UTF_8)), "media.error.notImage");
        assertNothingStoredBy(() -> media.storeImage(TestMediaAccess.PUBLIC, 1L, "tai-lieu.png",
                "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)), "media.error.notImage");
        assertNothingStoredBy(() -> media.storeImage(TestMediaAccess.PUBLIC, 1L, "rong.png", new byte[0]),
                "media.error.empty");
    }

    @Test
    void oversizedUploadsAreRefusedWithTheLimit() {
        byte[] sixMegabytes = Arrays.copyOf(TestImages.jpeg(10, 10), 6 * 1024 * 1024);
        assertThatThrownBy(() -> media.storeImage(TestMediaAccess.PUBLIC, 1L, "to.jpg", sixMegabytes))
                .isInstanceOfSatisfying(MediaProblem.class, p -> assertThat(p.arguments()).containsExactly("5 MB"));
        assertNothingStoredBy(() -> media.storeImage(TestMediaAccess.PUBLIC, 1L, "to.jpg", sixMegabytes),
                "media.error.imageTooLarge");
        assertNothingStoredBy(() -> media.storeImage(TestMediaAccess.PUBLIC, 1L, "bom.png",
                TestImages.pngClaiming(7000, 7000)), "media.error.tooManyPixels");
        byte[] elevenMegabytePdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 11 * 1024 * 1024);
        assertNothingStoredBy(() -> media.storeDocument(TestMediaAccess.PUBLIC, 1L, "a.pdf", elevenMegabytePdf),
                "media.error.documentTooLarge");
        assertNothingStoredBy(() -> media.storeDocument(TestMediaAccess.PUBLIC, 1L, "a.pdf", TestImages.jpeg(8, 8)),
                "media.error.notPdf");
    }

    @Test
    void aPhotoWithGpsIsStoredWithoutAnyExif() {
        byte[] photo = TestImages.withApp1(TestImages.jpeg(1200, 900), TestImages.exifWithGps(1));
        StoredMedia stored = media.storeImage(TestMediaAccess.PUBLIC, 3L, "IMG_0001.JPG", photo);

        for (String variant : stored.variants()) {
            byte[] bytes = bytes(media.readVariant(stored.id(), variant).orElseThrow());
            assertThat(TestImages.contains(bytes, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
            assertThat(TestImages.contains(bytes, TestImages.GPS_LATITUDE)).isFalse();
            assertThat(TestImages.decode(bytes).getWidth()).isEqualTo(Math.min(1200, Integer.parseInt(variant)));
        }
        assertThat(stored.sizeOf("1600")).containsExactly(1200, 900);
    }

    @Test
    void aPdfIsKeptByteForByte() {
        byte[] pdf = TestPdfs.onePage("Quyet dinh ket nap");
        StoredMedia stored = media.storeDocument(TestMediaAccess.MEMBERS, 4L, "Quyết định kết nạp.pdf", pdf);
        assertThat(stored.kind()).isEqualTo(MediaKind.DOCUMENT);
        assertThat(stored.variants()).containsExactly(StoredMedia.ORIGINAL);
        assertThat(bytes(media.readVariant(stored.id(), StoredMedia.ORIGINAL).orElseThrow())).isEqualTo(pdf);
        assertThat(media.readVariant(stored.id(), "400")).isEmpty();
    }

    @Test
    void pdfsWithActiveContentPasswordsOrDamageAreRefusedAndNothingIsStored() {
        assertNothingStoredBy(() -> media.storeDocument(TestMediaAccess.MEMBERS, 4L, "a.pdf",
                HostilePdfs.openActionJavaScript()), "media.error.activePdf");
        assertNothingStoredBy(() -> media.storeDocument(TestMediaAccess.MEMBERS, 4L, "a.pdf",
                HostilePdfs.embeddedFile()), "media.error.activePdf");
        assertNothingStoredBy(() -> media.storeDocument(TestMediaAccess.MEMBERS, 4L, "a.pdf",
                HostilePdfs.launchAction()), "media.error.activePdf");
        assertNothingStoredBy(() -> media.storeDocument(TestMediaAccess.MEMBERS, 4L, "a.pdf",
                HostilePdfs.encrypted("mat-khau")), "media.error.encryptedPdf");
        assertNothingStoredBy(() -> media.storeDocument(TestMediaAccess.MEMBERS, 4L, "a.pdf",
                "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)), "media.error.damagedPdf");
    }

    @Test
    void mediaStoredBeforeTheirOwnerAreAttachedOnceAndDeletedWithTheirFiles() {
        StoredMedia stored = media.storeImage(TestMediaAccess.PUBLIC, null, "a.png", TestImages.png(50, 50, false));
        assertThat(stored.ownerId()).isNull();

        StoredMedia attached = media.attach(stored.id(), TestMediaAccess.PUBLIC, 42L);
        assertThat(attached.ownerId()).isEqualTo(42L);
        assertThat(media.ownedBy(TestMediaAccess.PUBLIC, 42L)).extracting(StoredMedia::id).containsExactly(stored.id());
        media.attach(stored.id(), TestMediaAccess.PUBLIC, 42L);
        assertThatThrownBy(() -> media.attach(stored.id(), TestMediaAccess.PUBLIC, 43L))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> media.attach(stored.id(), TestMediaAccess.SECRET, 42L))
                .isInstanceOf(IllegalStateException.class);

        media.delete(stored.id());
        assertThat(media.find(stored.id())).isEmpty();
        assertThat(filesOf(stored.id())).isEmpty();
        assertThat(audit.historyOf("media", stored.id())).extracting(AuditEntry::getAction)
                .containsExactly("media.store", "media.attach", "media.delete");
    }

    @Test
    void aFailingDiskRefusesTheUploadAndLeavesNoRow() {
        FailingStorage failing = new FailingStorage(storage);
        MediaService onFailingDisk = new MediaService(repository, failing, images, UploadLimits.defaults(),
                MalwareScanner.off(), audit, clock, transactionManager);
        long rows = rows();

        assertThatThrownBy(() -> onFailingDisk.storeImage(TestMediaAccess.PUBLIC, 1L, "a.png",
                TestImages.png(900, 600, false)))
                .isInstanceOfSatisfying(MediaProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("media.error.storageFailed"));

        assertThat(rows()).isEqualTo(rows);
        assertThat(failing.writtenTo).isNotNull();
        assertThat(repository.findById(failing.writtenTo)).isEmpty();
        assertThat(filesOf(failing.writtenTo)).as("the variant written before the failure is removed").isEmpty();
    }

    @Test
    void aRolledBackCallerTakesTheRowAndTheFilesWithIt() {
        long rows = rows();
        Long[] id = new Long[1];
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            id[0] = media.storeImage(TestMediaAccess.PUBLIC, 9L, "a.png", TestImages.png(100, 100, false)).id();
            assertThat(filesOf(id[0])).isNotEmpty();
            status.setRollbackOnly();
        });
        assertThat(rows()).isEqualTo(rows);
        assertThat(filesOf(id[0])).isEmpty();
    }

    private void assertNothingStoredBy(org.assertj.core.api.ThrowableAssert.ThrowingCallable upload, String key) {
        RefusedUploads.assertNothingStoredBy(jdbc, storage, upload, key);
    }

    private long rows() {
        return RefusedUploads.rows(jdbc);
    }

    private java.util.List<String> filesOf(long id) {
        Path folder = storage.root().resolve(Long.toString(id / 1000)).resolve(Long.toString(id));
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real disk for the first variant, then a full disk. */
    static final class FailingStorage implements MediaStorage {

        private final MediaStorage disk;
        Long writtenTo;

        FailingStorage(MediaStorage disk) {
            this.disk = disk;
        }

        @Override
        public void write(long mediaId, String variant, byte[] content) throws IOException {
            if (writtenTo != null) {
                throw new IOException("No space left on device");
            }
            disk.write(mediaId, variant, content);
            writtenTo = mediaId;
        }

        @Override
        public Optional<Resource> read(long mediaId, String variant) throws IOException {
            return disk.read(mediaId, variant);
        }

        @Override
        public void deleteAll(long mediaId) throws IOException {
            disk.deleteAll(mediaId);
        }
    }
}
