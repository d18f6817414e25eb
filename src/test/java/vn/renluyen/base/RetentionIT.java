package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.TestMediaAccess;
import vn.renluyen.TestPdfs;

/**
 * The daily retention run ({@link Retention#run()}, called directly; its scheduler is off in tests) on a real
 * database and disk. Old rows are made by moving their timestamps back, so other tests' data is never old enough.
 */
@PortalIntegrationTest
class RetentionIT {

    @Autowired
    Retention retention;
    @Autowired
    MediaService media;
    @Autowired
    FileMediaStorage storage;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    AuditLog audit;
    @Autowired
    RetentionPeriods periods;
    @Autowired
    TestClock clock;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        clock.reset();
        transactions = new TransactionTemplate(transactionManager);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void uploadsNeverAttachedGoWithTheirFilesAfterADayYoungAndAttachedOnesStay() {
        StoredMedia abandoned = media.storeImage(TestMediaAccess.PUBLIC, null, "Ảnh chân dung.png",
                TestImages.png(50, 50, false));
        StoredMedia young = media.storeImage(TestMediaAccess.PUBLIC, null, "b.png", TestImages.png(50, 50, false));
        StoredMedia attached = media.storeImage(TestMediaAccess.PUBLIC, null, "c.png", TestImages.png(50, 50, false));
        media.attach(attached.id(), TestMediaAccess.PUBLIC, 4711L);
        StoredMedia ownedFromTheStart = media.storeDocument(TestMediaAccess.PUBLIC, 4712L, "d.pdf",
                TestPdfs.onePage("Giay to thu"));
        Duration justOverADay = periods.unattachedMedia().plusMinutes(1);
        storedAgo(abandoned.id(), justOverADay);
        storedAgo(young.id(), periods.unattachedMedia().minusMinutes(5));
        storedAgo(attached.id(), Duration.ofDays(400));
        storedAgo(ownedFromTheStart.id(), Duration.ofDays(400));
        assertThat(hasFiles(abandoned)).isTrue();

        Map<String, Integer> deleted = retention.run();

        assertThat(deleted).containsKeys("unattachedMedia", "loginFailures", "auditEntries");
        assertThat(deleted.get("unattachedMedia")).isPositive();
        assertThat(media.find(abandoned.id())).isEmpty();
        assertThat(hasFiles(abandoned)).isFalse();
        assertThat(media.find(young.id())).isPresent();
        assertThat(media.find(attached.id())).isPresent();
        assertThat(media.find(ownedFromTheStart.id())).isPresent();
        assertThat(hasFiles(young)).isTrue();
        assertThat(hasFiles(attached)).isTrue();
        assertThat(audit.historyOf("media", abandoned.id()))
                .extracting(AuditEntry::getAction, AuditEntry::getActor)
                .containsExactly(tuple("media.store", "system"), tuple("media.delete", "system"));
    }

    @Test
    void eachRunThatDeletesWritesOneAuditEntryWithCountsOnly() {
        StoredMedia abandoned = media.storeImage(TestMediaAccess.PUBLIC, null, "Nguyễn Văn A.png",
                TestImages.png(50, 50, false));
        storedAgo(abandoned.id(), Duration.ofDays(2));
        long before = newestEntryId();

        retention.run();

        List<AuditEntry> runs = entries.findTop100ByOrderByIdDesc().stream()
                .filter(entry -> entry.getId() > before && entry.getAction().equals("retention.run")).toList();
        assertThat(runs).hasSize(1);
        assertThat(runs.getFirst().getActor()).isEqualTo("system");
        assertThat(runs.getFirst().getRecordType()).isEqualTo("retention");
        assertThat(runs.getFirst().getAfter())
                .matches("deleted auditEntries=0, loginFailures=\\d+, unattachedMedia=[1-9]\\d*");
    }

    @Test
    void theAuditLogIsKeptByDefaultAndOnlyAPeriodTheOperatorSetsDeletesIt() {
        AuditEntry ancient = saveEntryAgo(Duration.ofDays(20 * 365));
        AuditEntry lastYear = saveEntryAgo(Duration.ofDays(365));
        assertThat(periods.auditLogPeriod()).isEmpty();

        assertThat(retention.run()).containsEntry("auditEntries", 0);
        assertThat(entries.findById(ancient.getId())).isPresent();
        assertThat(entries.findById(lastYear.getId())).isPresent();

        AuditLogRetention tenYears = new AuditLogRetention(entries, new RetentionPeriods(null, Duration.ofDays(3650)));
        Integer deleted = transactions.execute(status -> tenYears.deleteExpired(clock.instant()));

        assertThat(deleted).isEqualTo(1);
        assertThat(entries.findById(ancient.getId())).isEmpty();
        assertThat(entries.findById(lastYear.getId())).isPresent();
    }

    private void storedAgo(long mediaId, Duration age) {
        transactions.executeWithoutResult(status -> entityManager
                .createQuery("update Media m set m.createdAt = :at where m.id = :id")
                .setParameter("at", clock.instant().minus(age)).setParameter("id", mediaId).executeUpdate());
    }

    private AuditEntry saveEntryAgo(Duration age) {
        Instant at = clock.instant().minus(age);
        return entries.save(new AuditEntry(at, "retention-test", "test.old", "retention-test", null, null, null));
    }

    private long newestEntryId() {
        return entries.findTop100ByOrderByIdDesc().stream().mapToLong(AuditEntry::getId).max().orElse(0);
    }

    /** Whether any file of the media's variants is on disk, read from the storage itself (rows aside). */
    private boolean hasFiles(StoredMedia stored) {
        return stored.variants().stream().anyMatch(variant -> storage.read(stored.id(), variant).isPresent());
    }
}
