package vn.renluyen.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestClock;
import vn.renluyen.Users;
import vn.renluyen.base.AuditEntry;
import vn.renluyen.base.AuditLog;
import vn.renluyen.publishing.EditorialService.ImportResult;
import vn.renluyen.security.SystemTask;

/** The editorial workflow on a real database: every step, who may take it, time, import and history. */
@PortalIntegrationTest
@RecordApplicationEvents
class EditorialServiceIT {

    @Autowired
    EditorialService editorial;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEditorWritesSubmitsAndRestoresButTakesNoPublisherStep() {
        long id = create("Hội nghị chi bộ tháng 11", "Dòng một");
        Revision second = as("bientap", () -> editorial.save(id, draft("Hội nghị chi bộ tháng 11", "Dòng hai"),
                "sửa lỗi chính tả"));
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getAuthor()).isEqualTo("bientap");
        assertThat(second.getNote()).isEqualTo("sửa lỗi chính tả");
        assertThat(second.getSource()).isEqualTo(RevisionSource.EDITOR);
        run("bientap", () -> editorial.submit(id));
        assertThat(item(id).getState()).isEqualTo(EditorialState.IN_REVIEW);

        List<ThrowingCallable> publisherSteps = List.of(
                () -> run("bientap", () -> editorial.publish(id)),
                () -> run("bientap", () -> editorial.schedule(id, clock.instant().plus(Duration.ofDays(1)))),
                () -> run("bientap", () -> editorial.returnWithComment(id, "Cần sửa")),
                () -> run("bientap", () -> editorial.approve(id)),
                () -> run("bientap", () -> editorial.archive(id)),
                () -> run("bientap", () -> editorial.takeImported(id, draft("Tệp", "x"), "h")),
                () -> run("bientap", () -> editorial.keepPortalVersion(id, "h")),
                () -> run("bientap", () -> editorial.importFile(id, ItemKind.ARTICLE, draft("Tệp", "x"), "h", true)));
        for (ThrowingCallable step : publisherSteps) {
            assertThatThrownBy(step).isInstanceOf(AccessDeniedException.class);
        }
        EditorialItem unchanged = item(id);
        assertThat(unchanged.getState()).isEqualTo(EditorialState.IN_REVIEW);
        assertThat(unchanged.getLatestRevision()).isEqualTo(2);
        assertThat(unchanged.getPublishedRevision()).isNull();

        Revision restored = as("bientap", () -> editorial.restore(id, 1));
        assertThat(restored.getNumber()).isEqualTo(3);
        assertThat(item(id).getState()).isEqualTo(EditorialState.DRAFT);
    }

    @Test
    void membersCandidatesSecretariesAndAnonymousVisitorsCannotReadTheWorkInProgress() {
        long id = create("Bản nháp nội bộ", "Chưa công bố");
        for (String username : List.of("dangvien", "quanchung", "bithu")) {
            assertThatThrownBy(() -> as(username, () -> editorial.worklist(Set.of())))
                    .as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(username, () -> editorial.get(id))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(username, () -> editorial.history(id)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(username, () -> editorial.revision(id, 1)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> run(username, () -> editorial.save(id, draft("Sửa", "x"), null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> editorial.worklist(Set.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editorial.revision(id, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editorial.create(ItemKind.STORY, draft("Ẩn danh", "x")))
                .isInstanceOf(AccessDeniedException.class);
        // The public reads only what is live: nothing of a draft.
        assertThat(editorial.publishedRevision(id)).isEmpty();
        assertThat(editorial.publicItem(id)).isEmpty();
    }

    @Test
    void aPublisherReturnsOnlyWithACommentThenPublishesAndArchives() {
        long id = create("Gương đảng viên trẻ", "Nội dung");
        run("bientap", () -> editorial.submit(id));
        assertThat(as("xuatban", () -> editorial.worklist(Set.of(EditorialState.IN_REVIEW))))
                .extracting(EditorialItem::getId).contains(id);

        assertThatThrownBy(() -> run("xuatban", () -> editorial.returnWithComment(id, "   ")))
                .isInstanceOfSatisfying(PublishingProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("publishing.error.commentRequired"));
        assertThat(item(id).getState()).isEqualTo(EditorialState.IN_REVIEW);

        run("xuatban", () -> editorial.returnWithComment(id, "Cần bổ sung nguồn trích dẫn."));
        EditorialItem returned = item(id);
        assertThat(returned.getState()).isEqualTo(EditorialState.DRAFT);
        assertThat(returned.getReviewComment()).isEqualTo("Cần bổ sung nguồn trích dẫn.");
        assertThatThrownBy(() -> run("xuatban", () -> editorial.returnWithComment(id, "Lần nữa")))
                .isInstanceOfSatisfying(PublishingProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("publishing.error.wrongState"));

        as("bientap", () -> editorial.save(id, draft("Gương đảng viên trẻ", "Nội dung, có nguồn"), null));
        run("bientap", () -> editorial.submit(id));
        assertThat(item(id).getReviewComment()).isNull();

        run("xuatban", () -> editorial.publish(id));
        EditorialItem published = item(id);
        assertThat(published.getState()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(published.getPublishedRevision()).isEqualTo(2);
        assertThat(published.isApproved()).isTrue();
        assertThat(editorial.publishedRevision(id)).get().extracting(Revision::getBody).isEqualTo("Nội dung, có nguồn");
        assertThat(events.stream(ItemPublished.class).filter(e -> e.itemId() == id))
                .containsExactly(new ItemPublished(id, ItemKind.ARTICLE, 2));
        assertThatThrownBy(() -> run("xuatban", () -> editorial.publish(id)))
                .isInstanceOfSatisfying(PublishingProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("publishing.error.wrongState"));

        run("xuatban", () -> editorial.archive(id));
        assertThat(item(id).getState()).isEqualTo(EditorialState.ARCHIVED);
        assertThat(editorial.publishedRevision(id)).isEmpty();
        assertThat(editorial.publicItem(id)).isEmpty();

        assertThat(auditLog.historyOf(EditorialService.AUDIT_TYPE, id))
                .extracting(AuditEntry::getActor, AuditEntry::getAction)
                .containsExactly(
                        tuple("bientap", "publishing.created"),
                        tuple("bientap", "publishing.submitted"),
                        tuple("xuatban", "publishing.returned"),
                        tuple("bientap", "publishing.saved"),
                        tuple("bientap", "publishing.submitted"),
                        tuple("xuatban", "publishing.published"),
                        tuple("xuatban", "publishing.archived"));
    }

    @Test
    void anArchivedItemStaysOfflineWhenAnEditorEditsOrRestoresIt() {
        long id = create("Tin đã gỡ", "Bản công khai cũ");
        run("xuatban", () -> editorial.publish(id));
        run("xuatban", () -> editorial.archive(id));

        as("bientap", () -> editorial.save(id, draft("Tin đã gỡ", "Bản sửa sau khi gỡ"), null));
        as("bientap", () -> editorial.restore(id, 1));
        EditorialItem archived = item(id);
        assertThat(archived.getState()).isEqualTo(EditorialState.ARCHIVED);
        assertThat(archived.isLive()).isFalse();
        assertThat(editorial.publishedRevision(id)).isEmpty();
        assertThatThrownBy(() -> run("bientap", () -> editorial.submit(id)))
                .isInstanceOf(PublishingProblem.class);

        run("xuatban", () -> editorial.publish(id));
        assertThat(editorial.publishedRevision(id)).get().extracting(Revision::getNumber).isEqualTo(3);
    }

    @Test
    void publishingAReturnedDraftSettlesTheReviewComment() {
        long id = create("Bài bị trả lại", "Nội dung");
        run("bientap", () -> editorial.submit(id));
        run("xuatban", () -> editorial.returnWithComment(id, "Sửa tiêu đề."));
        run("xuatban", () -> editorial.publish(id));
        as("bientap", () -> editorial.save(id, draft("Bài bị trả lại", "Sửa sau khi xuất bản"), null));
        assertThat(item(id).getReviewComment()).isNull();
    }

    @Test
    void aPublisherMayApproveThePublicRevisionButNotWhatWasNeverPublished() {
        long id = create("Chưa xuất bản", "x");
        assertThatThrownBy(() -> run("xuatban", () -> editorial.approve(id)))
                .isInstanceOfSatisfying(PublishingProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("publishing.error.notPublished"));
    }

    @Test
    void schedulingInThePastOrNowIsRefused() {
        long id = create("Tin hẹn giờ", "x");
        for (Instant at : new Instant[] {clock.instant(), clock.instant().minus(Duration.ofMinutes(1)), null}) {
            assertThatThrownBy(() -> run("xuatban", () -> editorial.schedule(id, at)))
                    .isInstanceOfSatisfying(PublishingProblem.class,
                            p -> assertThat(p.messageKey()).isEqualTo("publishing.error.scheduleInPast"));
        }
        assertThat(item(id).getState()).isEqualTo(EditorialState.DRAFT);
    }

    @Test
    void aScheduledItemGoesLiveOnlyWhenTheClockPassesItsTime() {
        long id = create("Kỷ niệm ngày thành lập Đảng", "Bài viết hẹn giờ");
        run("bientap", () -> editorial.submit(id));
        Instant at = clock.instant().plus(Duration.ofHours(2));
        run("xuatban", () -> editorial.schedule(id, at));
        EditorialItem scheduled = item(id);
        assertThat(scheduled.getState()).isEqualTo(EditorialState.SCHEDULED);
        assertThat(scheduled.getScheduledFor()).isCloseTo(at, within(1, ChronoUnit.MILLIS));

        clock.advance(Duration.ofHours(1));
        SystemTask.call(editorial::publishDue);
        assertThat(item(id).getState()).isEqualTo(EditorialState.SCHEDULED);
        assertThat(item(id).getPublishedRevision()).isNull();
        assertThat(editorial.publishedRevision(id)).isEmpty();
        assertThat(events.stream(ItemPublished.class).filter(e -> e.itemId() == id)).isEmpty();

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(SystemTask.call(editorial::publishDue)).isPositive();
        EditorialItem live = item(id);
        assertThat(live.getState()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(live.getPublishedRevision()).isEqualTo(1);
        assertThat(live.isApproved()).isTrue();
        assertThat(live.getScheduledFor()).isNull();
        assertThat(editorial.publishedRevision(id)).get().extracting(Revision::getNumber).isEqualTo(1);
        assertThat(events.stream(ItemPublished.class).filter(e -> e.itemId() == id))
                .containsExactly(new ItemPublished(id, ItemKind.ARTICLE, 1));
        assertThat(auditLog.historyOf(EditorialService.AUDIT_TYPE, id).getLast())
                .satisfies(entry -> {
                    assertThat(entry.getAction()).isEqualTo("publishing.publishedOnSchedule");
                    assertThat(entry.getActor()).isEqualTo("system");
                });
    }

    @Test
    void editingAPublishedItemKeepsTheOldRevisionPublicUntilTheNextPublish() {
        long id = create("Bài học số 1", "Bản đầu");
        run("xuatban", () -> editorial.publish(id));
        as("bientap", () -> editorial.save(id, draft("Bài học số 1", "Bản sửa"), null));

        EditorialItem editing = item(id);
        assertThat(editing.getState()).isEqualTo(EditorialState.DRAFT);
        assertThat(editing.isLive()).isTrue();
        assertThat(editing.getPublishedRevision()).isEqualTo(1);
        assertThat(editorial.publishedRevision(id)).get().extracting(Revision::getBody).isEqualTo("Bản đầu");
        assertThat(editorial.publicItem(id)).isPresent();

        run("bientap", () -> editorial.submit(id));
        run("xuatban", () -> editorial.publish(id));
        assertThat(editorial.publishedRevision(id)).get().extracting(Revision::getBody).isEqualTo("Bản sửa");
    }

    @Test
    void restoreMakesANewRevisionEqualToTheOldOneAndTheHistoryKeepsAll() {
        long id = create("Phiên bản", "A");
        as("bientap", () -> editorial.save(id, draft("Phiên bản", "B"), null));
        as("bientap", () -> editorial.save(id, draft("Phiên bản mới", "C"), null));

        Revision restored = as("bientap", () -> editorial.restore(id, 1));
        assertThat(restored.getNumber()).isEqualTo(4);
        assertThat(restored.draft()).isEqualTo(as("bientap", () -> editorial.revision(id, 1)).draft());
        assertThat(restored.getSource()).isEqualTo(RevisionSource.RESTORE);
        assertThat(restored.getNote()).isEqualTo("r1");
        assertThat(item(id).getTitle()).isEqualTo("Phiên bản");
        assertThat(as("bientap", () -> editorial.history(id))).extracting(Revision::getNumber)
                .containsExactly(4, 3, 2, 1);
        assertThatThrownBy(() -> as("bientap", () -> editorial.restore(id, 9)))
                .isInstanceOfSatisfying(PublishingProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("publishing.error.noRevision"));
    }

    @Test
    void theDiffShowsAddedRemovedAndUnchangedLines() {
        long id = create("So sánh", "Dòng một\nDòng hai\nDòng ba");
        as("bientap", () -> editorial.save(id, draft("So sánh", "Dòng một\nDòng hai đã sửa\nDòng ba\nDòng bốn"), null));

        List<DiffLine> diff = as("bientap", () -> editorial.diff(id, 1, 2));
        assertThat(diff).contains(
                new DiffLine(DiffLine.Kind.SAME, "Dòng một"),
                new DiffLine(DiffLine.Kind.REMOVED, "Dòng hai"),
                new DiffLine(DiffLine.Kind.ADDED, "Dòng hai đã sửa"),
                new DiffLine(DiffLine.Kind.SAME, "Dòng ba"),
                new DiffLine(DiffLine.Kind.ADDED, "Dòng bốn"));
        assertThat(diff.indexOf(new DiffLine(DiffLine.Kind.REMOVED, "Dòng hai")))
                .isLessThan(diff.indexOf(new DiffLine(DiffLine.Kind.ADDED, "Dòng hai đã sửa")));
        assertThat(diff.getFirst()).isEqualTo(new DiffLine(DiffLine.Kind.SAME, "# So sánh"));
    }

    @Test
    void importingFilesDetectsNewChangedUnchangedAndConflictingVersions() {
        ImportResult created = as("admin", () -> editorial.importFile(null, ItemKind.MODULE,
                draft("Bài 1. Lý luận chung", "Bản tệp 1"), "hash-1", true));
        assertThat(created.outcome()).isEqualTo(ImportOutcome.CREATED);
        long id = created.item().getId();
        EditorialItem first = item(id);
        assertThat(first.getPublishedRevision()).isEqualTo(1);
        assertThat(first.isLive()).isTrue();
        assertThat(first.isApproved()).as("imported, not yet approved by a publisher").isFalse();

        assertThat(importAs(id, "Bản tệp 1", "hash-1")).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(item(id).getLatestRevision()).isEqualTo(1);

        assertThat(importAs(id, "Bản tệp 2", "hash-2")).isEqualTo(ImportOutcome.UPDATED);
        EditorialItem updated = item(id);
        assertThat(updated.getLatestRevision()).isEqualTo(2);
        assertThat(updated.getPublishedRevision()).isEqualTo(2);
        assertThat(updated.isApproved()).isFalse();
        assertThat(as("bientap", () -> editorial.revision(id, 2)).getSource()).isEqualTo(RevisionSource.IMPORT);

        as("bientap", () -> editorial.save(id, draft("Bài 1. Lý luận chung", "Sửa trên cổng"), null));
        assertThat(importAs(id, "Bản tệp 3", "hash-3")).isEqualTo(ImportOutcome.CONFLICT);
        EditorialItem conflicted = item(id);
        assertThat(conflicted.getLatestRevision()).as("nothing changes on a conflict").isEqualTo(3);
        assertThat(conflicted.getPublishedRevision()).isEqualTo(2);
        assertThat(conflicted.getImportedHash()).isEqualTo("hash-2");

        run("xuatban", () -> editorial.takeImported(id, draft("Bài 1. Lý luận chung", "Bản tệp 3"), "hash-3"));
        EditorialItem took = item(id);
        assertThat(took.getLatestRevision()).isEqualTo(4);
        assertThat(took.getPublishedRevision()).isEqualTo(4);
        assertThat(took.isApproved()).isTrue();
        assertThat(editorial.publishedRevision(id)).get().extracting(Revision::getBody).isEqualTo("Bản tệp 3");
        assertThat(importAs(id, "Bản tệp 3", "hash-3")).isEqualTo(ImportOutcome.UNCHANGED);

        as("bientap", () -> editorial.save(id, draft("Bài 1. Lý luận chung", "Sửa lần hai"), null));
        assertThat(importAs(id, "Bản tệp 4", "hash-4")).isEqualTo(ImportOutcome.CONFLICT);
        run("xuatban", () -> editorial.keepPortalVersion(id, "hash-4"));
        assertThat(importAs(id, "Bản tệp 4", "hash-4")).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(item(id).getLatestRevision()).isEqualTo(5);
        assertThat(importAs(id, "Bản tệp 5", "hash-5")).as("no portal edit since the choice")
                .isEqualTo(ImportOutcome.UPDATED);

        assertThat(auditLog.historyOf(EditorialService.AUDIT_TYPE, id)).extracting(AuditEntry::getActor)
                .contains("admin", "bientap", "xuatban");
        assertThat(auditLog.historyOf(EditorialService.AUDIT_TYPE, id))
                .filteredOn(entry -> entry.getActor().equals("admin")).extracting(AuditEntry::getAction)
                .containsExactly("publishing.importPublished", "publishing.imported", "publishing.importUpdated",
                        "publishing.importPublished", "publishing.importUpdated", "publishing.importPublished");
        assertThat(auditLog.historyOf(EditorialService.AUDIT_TYPE, id))
                .filteredOn(entry -> entry.getActor().equals("xuatban")).extracting(AuditEntry::getAction)
                .containsExactly("publishing.conflictTookFile", "publishing.conflictKeptPortal");
    }

    private ImportOutcome importAs(long id, String body, String hash) {
        return as("admin", () -> editorial.importFile(id, ItemKind.MODULE, draft("Bài 1. Lý luận chung", body), hash,
                true)).outcome();
    }

    private long create(String title, String body) {
        return as("bientap", () -> editorial.create(ItemKind.ARTICLE, draft(title, body))).getId();
    }

    private EditorialItem item(long id) {
        return as("xuatban", () -> editorial.get(id));
    }

    private static Draft draft(String title, String body) {
        return new Draft(title, "Tóm tắt", body);
    }

    private <T> T as(String username, Supplier<T> work) {
        return Users.as(users, username, work);
    }

    private void run(String username, Runnable work) {
        Users.run(users, username, work);
    }
}
