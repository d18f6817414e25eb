package vn.renluyen.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Journey 4: the secretary of "Đảng bộ Trường Trung học phổ thông Hoà An" opens the dashboard, assigns a helper to
 * the candidate Đặng Quốc Huy, records his awareness-course certificate, approves the yearly plan that the
 * probationary member Nguyễn Văn An has just sent (he writes it first, signed in himself), and records the cell's
 * rating proposal for Lê Văn Bình.
 */
@Tag("browser")
class SecretaryJourneyIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void secretaryFollowsTheirMembers() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.getYear();
        Browser.run(Browser.desktop("4-secretary"), browser -> {
            browser.signIn("dangvien", Portal.PASSWORD);
            browser.open("/ho-so-cua-toi");
            browser.assertText("Kế hoạch phấn đấu, rèn luyện");
            browser.clickButton("Viết kế hoạch năm " + year);
            browser.type("Học tập lý luận chính trị", "Học xong chương trình lý luận chính trị dành cho đảng viên mới.");
            browser.type("Công tác chuyên môn, nhiệm vụ được giao", "Dạy tốt môn Ngữ văn, có hai học sinh giỏi cấp tỉnh.");
            browser.type("Rèn luyện đạo đức, lối sống", "Gương mẫu, giữ mối liên hệ với nhân dân nơi cư trú.");
            browser.type("Nhiệm vụ chi bộ phân công", "Phụ trách công tác Đoàn thanh niên của trường.");
            browser.step("dang-vien-viet-ke-hoach");
            browser.clickButton("Gửi chi bộ");
            browser.assertText("Đã gửi, chờ chi bộ xem xét");
            browser.step("dang-vien-da-gui");
            browser.signOut();

            browser.signIn("bithu", Portal.PASSWORD);
            browser.open("/chi-bo/tong-quan");
            browser.assertText("Tổng quan tổ chức đảng", "Đảng viên, quần chúng theo trạng thái",
                    "Kế hoạch phấn đấu, rèn luyện năm " + year, "Quần chúng ưu tú theo bước hồ sơ đã xong");
            assertThat(browser.findAll(".dashboard-card")).hasSizeGreaterThanOrEqualTo(5);
            browser.step("tong-quan");

            browser.open("/chi-bo/ket-nap");
            browser.choose("Tổ chức đảng", "Chi bộ Giáo viên");
            browser.assertText("Quần chúng ưu tú và hồ sơ kết nạp", "Đặng Quốc Huy");
            browser.step("ket-nap");
            browser.click(browser.linkExactly("Đặng Quốc Huy"));
            browser.waitUntil("the candidate's file", () -> browser.path().startsWith("/chi-bo/ket-nap/"));
            browser.assertText("Giấy chứng nhận", "Đặng Quốc Huy");
            if (browser.pageText().contains("Chưa lập hồ sơ kết nạp cho người này.")) {
                browser.clickButton("Lập hồ sơ kết nạp");
            }
            browser.assertText("Chưa phân công đảng viên giúp đỡ.");
            browser.clickButton("Phân công đảng viên giúp đỡ");
            browser.choose("Đảng viên chính thức", "Lê Văn Bình");
            browser.type("Số nghị quyết chi bộ", "07-NQ/CB");
            typeDate(browser, "Ngày nghị quyết", today);
            browser.step("phan-cong-giup-do");
            browser.clickButton("Lưu");
            browser.assertText("Nghị quyết chi bộ số 07-NQ/CB ngày " + DAY.format(today));
            assertThat(browser.withText(".member-record-section", "Đảng viên giúp đỡ").getText())
                    .contains("Lê Văn Bình", "Nghị quyết chi bộ số 07-NQ/CB");
            browser.step("da-phan-cong");

            browser.click(browser.find("vaadin-button[aria-label='Ghi nhận giấy chứng nhận: "
                    + "Giấy chứng nhận bồi dưỡng nhận thức về Đảng']"));
            browser.type("Số giấy chứng nhận", "125/GCN-TTCT");
            browser.type("Nơi cấp", "Trung tâm Chính trị xã Hoà An (minh hoạ)");
            typeDate(browser, "Ngày cấp", today.minusDays(10));
            browser.step("ghi-nhan-giay-chung-nhan");
            browser.clickButton("Lưu");
            browser.assertText("Số 125/GCN-TTCT · Trung tâm Chính trị xã Hoà An (minh hoạ) · cấp ngày "
                    + DAY.format(today.minusDays(10)), "có giá trị đến hết ngày");
            browser.step("da-ghi-nhan-giay-chung-nhan");

            browser.open("/chi-bo/dang-vien");
            browser.click(browser.withText("vaadin-grid-cell-content", "Nguyễn Văn An"));
            browser.waitUntil("the member's record", () -> browser.path().matches("/chi-bo/dang-vien/\\d+"));
            browser.assertText("Kế hoạch phấn đấu, rèn luyện", "Đã gửi, chờ chi bộ xem xét");
            browser.clickButton("Xem xét kế hoạch");
            browser.assertText("Dạy tốt môn Ngữ văn, có hai học sinh giỏi cấp tỉnh.");
            browser.step("xem-xet-ke-hoach");
            browser.clickButton("Duyệt");
            browser.assertText("Chi bộ đã duyệt");
            browser.step("da-duyet-ke-hoach");

            browser.open("/chi-bo/danh-gia");
            browser.choose("Tổ chức đảng (nhóm xếp loại)", "Chi bộ Giáo viên");
            browser.assertText("Kế hoạch rèn luyện và xếp loại chất lượng đảng viên", "Lê Văn Bình");
            browser.step("danh-gia");
            browser.click(browser.gridRowButton("Lê Văn Bình", "Đề xuất"));
            browser.assertText("Chi bộ đề xuất xếp loại năm " + year);
            browser.type("Tiêu chí chung (tối đa 30 điểm)", "26");
            browser.type("Kết quả thực hiện nhiệm vụ (tối đa 70 điểm)", "60");
            browser.step("de-xuat-xep-loai");
            browser.clickButton("Lưu");
            browser.assertText("86 · Hoàn thành tốt nhiệm vụ");
            browser.step("da-de-xuat");
        });
    }

    private static void typeDate(Browser browser, String label, LocalDate day) {
        WebElement input = browser.field(label).findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(DAY.format(day), Keys.ENTER);
        browser.waitForVaadin();
    }
}
