package vn.renluyen.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.curriculum.Audience;
import vn.renluyen.curriculum.CourseCatalog;

/** The repository's own content/ folder, imported at start-up: complete, clean, idempotent. */
@PortalIntegrationTest
class RealContentImportIT {

    @Autowired
    ContentImporter importer;
    @Autowired
    CourseCatalog catalog;

    @Test
    void theThreeCoursesAreThereWithAllTheirLessons() {
        Map<String, Integer> lessons = Map.of("boi-duong-nhan-thuc-ve-dang", 5,
                "ly-luan-chinh-tri-danh-cho-dang-vien-moi", 10, "nghi-quyet-quy-dinh-cho-dang-vien", 2);
        lessons.forEach((slug, count) -> assertThat(catalog.course(slug).orElseThrow().lessons()).as(slug).hasSize(count));

        var candidates = catalog.course("boi-duong-nhan-thuc-ve-dang").orElseThrow();
        assertThat(candidates.course().getAudience()).isEqualTo(Audience.CANDIDATE);
        assertThat(candidates.course().getPeriods()).isEqualTo(50);
        assertThat(candidates.lessons()).extracting(CourseCatalog.LessonEntry::periods).containsExactly(5, 10, 5, 5, 5);
        assertThat(catalog.course("ly-luan-chinh-tri-danh-cho-dang-vien-moi").orElseThrow().course().getAudience())
                .isEqualTo(Audience.NEW_MEMBER);
    }

    @Test
    void everyLessonIsRealStudyMaterialAwaitingApproval() {
        for (String course : new String[] {"boi-duong-nhan-thuc-ve-dang", "ly-luan-chinh-tri-danh-cho-dang-vien-moi",
                "nghi-quyet-quy-dinh-cho-dang-vien"}) {
            for (CourseCatalog.LessonEntry entry : catalog.course(course).orElseThrow().lessons()) {
                var lesson = catalog.lesson(course, entry.slug()).orElseThrow();
                assertThat(lesson.text().words()).as(entry.slug()).isGreaterThanOrEqualTo(1200);
                assertThat(lesson.text().headings()).as(entry.slug()).hasSizeGreaterThan(3);
                assertThat(lesson.text().html()).as(entry.slug()).contains("Câu hỏi ôn tập").contains("Tóm tắt");
                assertThat(entry.sources()).as(entry.slug()).isNotEmpty();
                assertThat(entry.approved()).as(entry.slug()).isFalse();
                assertThat(Normalizer.isNormalized(lesson.text().html(), Normalizer.Form.NFC)).isTrue();
            }
        }
    }

    @Test
    void everyLessonHasItsQuestionBank(@Autowired vn.renluyen.quiz.QuizImport quizzes) {
        for (String course : new String[] {"boi-duong-nhan-thuc-ve-dang", "ly-luan-chinh-tri-danh-cho-dang-vien-moi",
                "nghi-quyet-quy-dinh-cho-dang-vien"}) {
            for (CourseCatalog.LessonEntry entry : catalog.course(course).orElseThrow().lessons()) {
                var bank = quizzes.bankOf(entry.moduleId()).orElseThrow();
                assertThat(bank.questions()).as(entry.slug()).hasSizeGreaterThanOrEqualTo(10);
                assertThat(bank.draw()).isLessThanOrEqualTo(bank.questions().size());
            }
        }
    }

    @Test
    void importingAgainChangesNothingAndFindsNoProblem() {
        ImportReport report = importer.importFrom(Path.of("content"), p -> { });
        assertThat(report.problems()).isEmpty();
        assertThat(report.created() + report.updated() + report.conflicts()).isZero();
        assertThat(report.unchanged()).isEqualTo(3 + 17 + 17 + 8 + 10);
    }
}
