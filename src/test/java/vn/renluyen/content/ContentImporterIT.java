package vn.renluyen.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.content.ContentProblem.Severity;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.Revision;

/** Importing content folders written by the tests into MariaDB, good files and broken ones. */
@PortalIntegrationTest
class ContentImporterIT {

    @Autowired
    ContentImporter importer;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    EditorialService editorial;
    @Autowired
    ConflictRegister conflicts;
    @Autowired
    UserDetailsService users;

    @Test
    void goodFilesImportOnceAndAChangedFileMakesANewVersionKeepingTheOld() {
        ContentFixture content = new ContentFixture()
                .write("courses/thu-nghiem-tot/course.md", ContentFixture.course("Khoá thử nghiệm", "member"))
                .write("courses/thu-nghiem-tot/01-bai-mot.md", ContentFixture.lesson("Bài một", 1, "## Mở đầu\nNội dung bài một."))
                .write("courses/thu-nghiem-tot/02-bai-hai.md", ContentFixture.lesson("Bài hai", 2, "Nội dung bài hai."));

        ImportReport first = importer.importFrom(content.root, p -> { });
        assertThat(first.problems()).isEmpty();
        assertThat(first.created()).isEqualTo(3);
        var outline = catalog.course("thu-nghiem-tot").orElseThrow();
        assertThat(outline.lessons()).extracting(CourseCatalog.LessonEntry::title).containsExactly("Bài một", "Bài hai");
        assertThat(outline.lessons()).allMatch(l -> !l.approved());

        ImportReport again = importer.importFrom(content.root, p -> { });
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.created() + again.updated()).isZero();

        content.write("courses/thu-nghiem-tot/01-bai-mot.md", ContentFixture.lesson("Bài một (sửa)", 1, "Nội dung mới."));
        ImportReport changed = importer.importFrom(content.root, p -> { });
        assertThat(changed.updated()).isEqualTo(1);
        var lesson = catalog.lesson("thu-nghiem-tot", "bai-mot").orElseThrow();
        assertThat(lesson.revision()).isEqualTo(2);
        assertThat(lesson.text().html()).contains("Nội dung mới.");
        List<Revision> history = Users.as(users, "bientap", () -> editorial.history(lesson.entry().editorialItemId()));
        assertThat(history).extracting(Revision::getNumber, Revision::getTitle)
                .containsExactly(tuple(2, "Bài một (sửa)"), tuple(1, "Bài một"));
    }

    @Test
    void badFilesAreReportedWithPathLineAndReasonAndTheRestImports() {
        String nfd = Normalizer.normalize("Bài viết chưa chuẩn hoá: Đảng, đảng viên.", Normalizer.Form.NFD);
        ContentFixture content = new ContentFixture()
                .write("courses/thu-nghiem-loi/course.md", ContentFixture.course("Khoá có tệp lỗi", "candidate"))
                .write("courses/thu-nghiem-loi/01-thieu-tieu-de.md", "---\norder: 1\n---\nThân bài.\n")
                .write("courses/thu-nghiem-loi/02-yaml-hong.md", "---\ntitle: Bài hỏng\norder: 2\nsources: [a, b\n---\nThân bài.\n")
                .write("courses/thu-nghiem-loi/03-trung.md", ContentFixture.lesson("Bài trùng một", 3, "Một."))
                .write("courses/thu-nghiem-loi/04-trung.md", ContentFixture.lesson("Bài trùng hai", 4, "Hai."))
                .write("courses/thu-nghiem-loi/05-chua-nfc.md", ContentFixture.lesson("Bài chưa NFC", 5, nfd))
                .write("courses/thu-nghiem-loi/06-thu-tu-sai.md", "---\ntitle: Thứ tự sai\norder: mot\n---\nThân.\n")
                .write("courses/thu-nghiem-loi/Bai Sai Ten.md", ContentFixture.lesson("Sai tên", 7, "Thân."))
                .write("courses/thu-nghiem-loi/08-khong-front-matter.md", "Chỉ có thân bài.\n")
                .write("courses/thu-nghiem-mo-coi/01-bai-le.md", ContentFixture.lesson("Bài không có khoá", 1, "Thân."))
                .write("courses/thu-nghiem-sai-doi-tuong/course.md", ContentFixture.course("Sai đối tượng", "everyone"));

        ImportReport report = importer.importFrom(content.root, p -> { });

        assertThat(report.problems()).extracting(ContentProblem::path, ContentProblem::line, ContentProblem::severity,
                ContentProblem::reasonKey).containsExactlyInAnyOrder(
                tuple("courses/thu-nghiem-loi/01-thieu-tieu-de.md", 1, Severity.ERROR, "content.problem.missingKey"),
                tuple("courses/thu-nghiem-loi/02-yaml-hong.md", 5, Severity.ERROR, "content.problem.brokenFrontMatter"),
                tuple("courses/thu-nghiem-loi/04-trung.md", 0, Severity.ERROR, "content.problem.duplicateSlug"),
                tuple("courses/thu-nghiem-loi/05-chua-nfc.md", 10, Severity.WARNING, "content.problem.notNfc"),
                tuple("courses/thu-nghiem-loi/06-thu-tu-sai.md", 3, Severity.ERROR, "content.problem.notNumber"),
                tuple("courses/thu-nghiem-loi/Bai Sai Ten.md", 0, Severity.ERROR, "content.problem.badLessonName"),
                tuple("courses/thu-nghiem-loi/08-khong-front-matter.md", 1, Severity.ERROR, "content.problem.noFrontMatter"),
                tuple("courses/thu-nghiem-mo-coi/course.md", 0, Severity.ERROR, "content.problem.noCourseFile"),
                tuple("courses/thu-nghiem-mo-coi/01-bai-le.md", 0, Severity.ERROR, "content.problem.unknownCourse"),
                tuple("courses/thu-nghiem-sai-doi-tuong/course.md", 3, Severity.ERROR, "content.problem.badAudience"));

        var outline = catalog.course("thu-nghiem-loi").orElseThrow();
        assertThat(outline.lessons()).extracting(CourseCatalog.LessonEntry::slug).containsExactly("trung", "chua-nfc");
        var normalised = catalog.lesson("thu-nghiem-loi", "chua-nfc").orElseThrow();
        assertThat(Normalizer.isNormalized(normalised.text().html(), Normalizer.Form.NFC)).isTrue();
        assertThat(normalised.text().html()).contains("Bài viết chưa chuẩn hoá: Đảng, đảng viên.");
        assertThat(catalog.course("thu-nghiem-mo-coi")).isEmpty();
        assertThat(catalog.course("thu-nghiem-sai-doi-tuong")).isEmpty();
    }

    @Test
    void quizFilesAreCheckedAndABrokenOneChangesNothing(@Autowired vn.renluyen.quiz.QuizImport quizzes) {
        String good = "pass_percent: 70\ndraw: 1\ntime_limit_minutes: 10\nmax_attempts: 2\ngrading: last\n"
                + "partial_credit: false\nreview: immediate\nquestions:\n  - { id: q1, type: true_false, "
                + "text: \"Đảng được thành lập năm 1930.\", explanation: \"Mục 1.\", options: "
                + "[{ id: dung, text: \"Đúng\", correct: true }, { id: sai, text: \"Sai\" }] }\n";
        ContentFixture content = new ContentFixture()
                .write("courses/thu-nghiem-cau-hoi/course.md", ContentFixture.course("Khoá có câu hỏi", "member"))
                .write("courses/thu-nghiem-cau-hoi/01-bai.md", ContentFixture.lesson("Bài có câu hỏi", 1, "Thân."))
                .write("courses/thu-nghiem-cau-hoi/01-bai.quiz.yml", good)
                .write("courses/thu-nghiem-cau-hoi/02-khong-co-bai.quiz.yml", good);
        ImportReport first = importer.importFrom(content.root, p -> { });
        assertThat(first.problems()).extracting(ContentProblem::path, ContentProblem::reasonKey).containsExactly(
                tuple("courses/thu-nghiem-cau-hoi/02-khong-co-bai.quiz.yml", "quiz.problem.noLesson"));
        long moduleId = catalog.lesson("thu-nghiem-cau-hoi", "bai").orElseThrow().entry().moduleId();
        assertThat(quizzes.bankOf(moduleId).orElseThrow().grading()).isEqualTo(vn.renluyen.quiz.QuizDefinition.Grading.LAST);

        content.write("courses/thu-nghiem-cau-hoi/01-bai.quiz.yml", good.replace("correct: true }", "correct: false }"));
        ImportReport broken = importer.importFrom(content.root, p -> { });
        assertThat(broken.problems()).extracting(ContentProblem::path, ContentProblem::reasonKey).contains(
                tuple("courses/thu-nghiem-cau-hoi/01-bai.quiz.yml", "quiz.problem.trueFalseShape"));
        assertThat(quizzes.bankOf(moduleId).orElseThrow().questions().getFirst().correctCount()).isEqualTo(1);
    }

    @Test
    void aBrokenNewVersionChangesNothingAlreadyImported() {
        ContentFixture content = new ContentFixture()
                .write("courses/thu-nghiem-on-dinh/course.md", ContentFixture.course("Khoá ổn định", "member"))
                .write("courses/thu-nghiem-on-dinh/01-bai.md", ContentFixture.lesson("Bài ổn định", 1, "Bản đầu."));
        importer.importFrom(content.root, p -> { });

        content.write("courses/thu-nghiem-on-dinh/01-bai.md", "---\ntitle: [hỏng\norder: 1\n---\nBản hỏng.\n");
        ImportReport report = importer.importFrom(content.root, p -> { });

        assertThat(report.errors()).isEqualTo(1);
        var lesson = catalog.lesson("thu-nghiem-on-dinh", "bai").orElseThrow();
        assertThat(lesson.revision()).isEqualTo(1);
        assertThat(lesson.entry().title()).isEqualTo("Bài ổn định");
        assertThat(lesson.text().html()).contains("Bản đầu.");
    }

    @Test
    void aLessonEditedInThePortalAndChangedInTheFileWaitsForAPublisher() {
        ContentFixture content = new ContentFixture()
                .write("courses/thu-nghiem-xung-dot/course.md", ContentFixture.course("Khoá xung đột", "member"))
                .write("courses/thu-nghiem-xung-dot/01-bai.md", ContentFixture.lesson("Bài gốc", 1, "Bản trong tệp."));
        importer.importFrom(content.root, p -> { });
        long itemId = catalog.lesson("thu-nghiem-xung-dot", "bai").orElseThrow().entry().editorialItemId();

        Users.run(users, "bientap", () -> editorial.save(itemId, new Draft("Bài gốc", "Tóm tắt", "Bản sửa trên cổng."), null));
        Users.run(users, "xuatban", () -> editorial.publish(itemId));
        content.write("courses/thu-nghiem-xung-dot/01-bai.md", ContentFixture.lesson("Bài gốc", 1, "Bản tệp mới."));

        ImportReport report = importer.importFrom(content.root, p -> { });
        assertThat(report.conflicts()).isEqualTo(1);
        assertThat(catalog.lesson("thu-nghiem-xung-dot", "bai").orElseThrow().text().html()).contains("Bản sửa trên cổng.");
        ContentConflict conflict = conflicts.open().stream().filter(c -> c.getEditorialItemId() == itemId)
                .findFirst().orElseThrow();
        assertThat(conflict.getPath()).isEqualTo("courses/thu-nghiem-xung-dot/01-bai.md");

        // The publisher keeps the portal's version: the same file is not offered again.
        Users.run(users, "xuatban", () -> conflicts.keepPortalVersion(conflict.getId()));
        assertThat(importer.importFrom(content.root, p -> { }).conflicts()).isZero();
        assertThat(conflicts.open()).noneMatch(c -> c.getEditorialItemId() == itemId);

        // The file changes once more; this time the publisher takes it.
        content.write("courses/thu-nghiem-xung-dot/01-bai.md", ContentFixture.lesson("Bài gốc", 1, "Bản tệp thứ ba."));
        Users.run(users, "bientap", () -> editorial.save(itemId, new Draft("Bài gốc", "Tóm tắt", "Sửa lần hai."), null));
        assertThat(importer.importFrom(content.root, p -> { }).conflicts()).isEqualTo(1);
        ContentConflict second = conflicts.open().stream().filter(c -> c.getEditorialItemId() == itemId)
                .findFirst().orElseThrow();
        Users.run(users, "xuatban", () -> conflicts.takeFileVersion(second.getId()));
        var lesson = catalog.lesson("thu-nghiem-xung-dot", "bai").orElseThrow();
        assertThat(lesson.text().html()).contains("Bản tệp thứ ba.");
        assertThat(lesson.entry().approved()).isTrue();
    }
}
