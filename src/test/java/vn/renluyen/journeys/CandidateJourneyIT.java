package vn.renluyen.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.yaml.snakeyaml.Yaml;
import vn.renluyen.TestPdfs;

/**
 * Journey 2: a candidate signs in, reads the five lessons of the awareness course "Bồi dưỡng nhận thức về Đảng"
 * (each marked read when its end scrolls into view), passes the five lesson quizzes (the right answers come from
 * the question banks in content/), submits the reflection paper with a PDF; the secretary accepts it; the
 * candidate downloads the online-completion confirmation and its code checks out on /xac-minh/{code}.
 *
 * <p>On the phone the candidate is another one, Ngô Thị Yến, whose account the secretary creates first on
 * /chi-bo/tai-khoan (the demo data gives an account to one candidate only).
 */
@Tag("browser")
class CandidateJourneyIT {

    static final String COURSE = "Bồi dưỡng nhận thức về Đảng";
    static final String COURSE_PATH = "/khoa-hoc/boi-duong-nhan-thuc-ve-dang";
    static final List<String> LESSONS = List.of(
            "Khái quát lịch sử Đảng Cộng sản Việt Nam",
            "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội",
            "Nội dung cơ bản của Điều lệ Đảng",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Phấn đấu trở thành đảng viên Đảng Cộng sản Việt Nam");
    private static final Pattern CODE = Pattern.compile("RL-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

    @Test
    void candidateCompletesTheAwarenessCourse() throws Exception {
        Browser.run(Browser.desktop("2-candidate"),
                browser -> journey(browser, "quanchung", Portal.PASSWORD, "Đặng Quốc Huy"));
    }

    @Test
    void candidateCompletesTheAwarenessCourseOnAPhone() throws Exception {
        Browser.run(Browser.phone("2-candidate"), browser -> {
            String password = secretaryCreatesAccount(browser, "Ngô Thị Yến", "ngothiyen");
            journey(browser, "ngothiyen", password, "Ngô Thị Yến");
        });
    }

    /** The secretary gives the candidate an account; returns the temporary password shown once. */
    static String secretaryCreatesAccount(Browser browser, String name, String username) {
        browser.signIn("bithu", Portal.PASSWORD);
        browser.open("/chi-bo/tai-khoan");
        browser.assertText("Tài khoản đảng viên", name);
        browser.click(browser.gridRowButton(name, "Cấp tài khoản"));
        browser.type("Tên đăng nhập", username);
        browser.step("bi-thu-cap-tai-khoan");
        browser.clickButton("Lưu");
        browser.assertText("Mật khẩu tạm thời");
        String password = browser.find(".temporary-password").getText().trim();
        assertThat(password).hasSizeGreaterThanOrEqualTo(8);
        browser.step("mat-khau-tam-thoi");
        browser.clickButton("Đóng");
        browser.signOut();
        return password;
    }

    static void journey(Browser browser, String username, String givenPassword, String name) throws IOException {
        Map<String, Set<String>> answers = answerKey();
        browser.signIn(username, givenPassword);
        // a demo account has its own password; one the secretary has just made has a temporary one
        String password = givenPassword.equals(Portal.PASSWORD) ? givenPassword
                : browser.replaceTemporaryPassword(givenPassword);
        browser.step("da-dang-nhap");

        browser.open(COURSE_PATH);
        browser.assertText(COURSE, "Nội dung chương trình");
        browser.step("khoa-hoc");
        browser.click(browser.linkExactly(LESSONS.getFirst()));
        for (int i = 0; i < LESSONS.size(); i++) {
            String lesson = LESSONS.get(i);
            browser.waitUntil("the lesson " + lesson, () -> browser.findAll(".lesson-page h1").stream()
                    .anyMatch(h -> h.getText().trim().equals(lesson)));
            browser.assertAtTop(".lesson-page h1");
            // Reading to the end of the lesson marks it read.
            browser.js("document.querySelector('.lesson-end').scrollIntoView({block: 'center'})");
            browser.waitForText("Bạn đã học xong bài này");
            browser.step("bai-" + (i + 1) + "-da-doc");

            browser.click(browser.withText(".lesson-page a", "Làm bài kiểm tra"));
            browser.waitUntil("the quiz page", () -> browser.path().endsWith("/kiem-tra"));
            browser.assertText("Kiểm tra: " + lesson);
            browser.clickButton("Làm bài kiểm tra");
            answer(browser, answers);
            browser.step("bai-" + (i + 1) + "-tra-loi");
            browser.click(browser.find("vaadin-button.quiz-submit"));
            browser.assertText("Chúc mừng! Bạn đạt");
            browser.step("bai-" + (i + 1) + "-dat");

            browser.click(browser.withText("a.quiz-back", "Về bài học"));
            if (i + 1 < LESSONS.size()) {
                String next = LESSONS.get(i + 1);
                browser.click(browser.withText(".lesson-neighbours a.next", next));
            }
        }

        browser.open("/hoc-tap-cua-toi");
        browser.assertText("Hoàn thành 5/5 bài",
                "Bạn đã hoàn thành các bài học. Chương trình còn bài thu hoạch cần được bí thư chi bộ chấp nhận.",
                "Bài thu hoạch: " + COURSE);
        WebElement panel = browser.find(".reflection-panel");
        browser.type(browser.find(panel, "vaadin-text-area.reflection-text-field"), reflection(name));
        browser.upload(browser.find(panel, "vaadin-upload"), pdf(name));
        browser.assertText("Tệp đã chọn: bai-thu-hoach.pdf");
        browser.step("bai-thu-hoach");
        browser.click(browser.find(panel, "vaadin-button.reflection-submit"));
        browser.assertText("chờ bí thư chi bộ duyệt", "Tệp PDF đã nộp:");
        browser.step("da-nop-bai-thu-hoach");
        browser.signOut();

        browser.signIn("bithu", Portal.PASSWORD);
        browser.open("/chi-bo/bai-thu-hoach");
        browser.assertText("Duyệt bài thu hoạch", name);
        WebElement row = browser.waitUntil("the paper of " + name, () -> browser.findAll(".reflection-row").stream()
                .filter(r -> r.getText().contains(name) && r.getText().contains("Chờ duyệt")).findFirst().orElse(null));
        browser.step("bi-thu-danh-sach");
        browser.click(row.findElement(By.cssSelector("vaadin-button")));
        browser.assertText("Bài thu hoạch của " + name, "Mở tệp PDF: bai-thu-hoach.pdf");
        browser.step("bi-thu-xem-bai");
        browser.clickButton("Chấp nhận");
        browser.assertText("Đã chấp nhận bài thu hoạch.");
        browser.step("bi-thu-chap-nhan");
        browser.signOut();

        browser.signIn(username, password);
        browser.open("/hoc-tap-cua-toi");
        browser.assertText("Đã hoàn thành chương trình ngày", "Xác nhận hoàn thành của tôi");
        WebElement confirmation = browser.waitUntil("the confirmation", () -> browser.findAll(".confirmation-row")
                .stream().filter(r -> r.getText().contains(COURSE)).findFirst().orElse(null));
        browser.step("xac-nhan-hoan-thanh");
        browser.click(confirmation.findElement(By.cssSelector("a.confirmation-pdf")));
        Path pdf = browser.downloaded(".pdf");
        String code;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            Matcher m = CODE.matcher(text);
            assertThat(m.find()).as("a confirmation code in the PDF").isTrue();
            code = m.group();
            assertThat(text).contains(name);
        }
        assertThat(pdf.getFileName().toString()).isEqualTo("xac-nhan-" + code + ".pdf");
        assertThat(confirmation.getText()).contains(code);

        browser.signOut();
        browser.open("/xac-minh/" + code);
        browser.assertText("Xác nhận hợp lệ", name, COURSE, code);
        browser.step("xac-minh");
    }

    private static void answer(Browser browser, Map<String, Set<String>> answers) {
        List<WebElement> questions = browser.findAll(".quiz-question-field");
        assertThat(questions).hasSize(10);
        for (WebElement question : questions) {
            String text = nfc(question.findElement(By.cssSelector(".quiz-question-text")).getText())
                    .replaceFirst("^\\d+\\.\\s*", "");
            Set<String> right = answers.get(text);
            assertThat(right).as("the answer key knows \"%s\"", text).isNotNull();
            int chosen = 0;
            for (WebElement option : question.findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox"))) {
                if (right.contains(nfc(option.getText()))) {
                    browser.click(option.findElement(By.cssSelector("label")));
                    chosen++;
                }
            }
            assertThat(chosen).as("options chosen for \"%s\"", text).isEqualTo(right.size());
        }
    }

    /** Question text → the texts of its right options, from the question banks of the course in content/. */
    @SuppressWarnings("unchecked")
    static Map<String, Set<String>> answerKey() throws IOException {
        Map<String, Set<String>> key = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("content/courses/boi-duong-nhan-thuc-ve-dang"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".quiz.yml")).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Map<String, Object> bank = new Yaml().load(reader);
                    for (Map<String, Object> q : (List<Map<String, Object>>) bank.get("questions")) {
                        Set<String> right = new HashSet<>();
                        for (Map<String, Object> o : (List<Map<String, Object>>) q.get("options")) {
                            if (Boolean.TRUE.equals(o.get("correct"))) {
                                right.add(nfc(String.valueOf(o.get("text"))));
                            }
                        }
                        key.put(nfc(String.valueOf(q.get("text"))), right);
                    }
                }
            }
        }
        assertThat(key).hasSizeGreaterThanOrEqualTo(50);
        return key;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    }

    private static String reflection(String name) {
        return "Bài thu hoạch của " + name + " sau khoá bồi dưỡng nhận thức về Đảng. Qua năm bài học, tôi hiểu rõ"
                + " hơn lịch sử vẻ vang của Đảng, Cương lĩnh xây dựng đất nước, nội dung cơ bản của Điều lệ Đảng và"
                + " tấm gương đạo đức Hồ Chí Minh. Tôi tự đặt kế hoạch rèn luyện: gương mẫu trong công việc, tích cực"
                + " tham gia hoạt động của đoàn thể, giữ gìn đạo đức, lối sống và phấn đấu trở thành đảng viên.";
    }

    /** A small real PDF (the upload reads it). */
    private static Path pdf(String name) throws IOException {
        Path file = Files.createTempDirectory("rl-journey-pdf").resolve("bai-thu-hoach.pdf");
        Files.write(file, TestPdfs.onePage("Bai thu hoach - " + Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('Đ', 'D').replace('đ', 'd')));
        return file;
    }
}
