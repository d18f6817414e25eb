package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.admission.AdmissionFixtures;
import vn.renluyen.base.AuditEntry;
import vn.renluyen.base.PortalI18nProvider;
import vn.renluyen.base.TableExport.Workbook;
import vn.renluyen.completion.Learners;
import vn.renluyen.completion.Learners.Learner;
import vn.renluyen.security.AccountService;

/** "Tải dữ liệu của tôi" (ASVS 8.3.2): one's own data in one XLSX file, nobody else's, audited without values. */
@PortalIntegrationTest
class OwnDataIT {

    @Autowired
    OwnData ownData;
    @Autowired
    MemberRecords records;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;

    Learners learners;

    @BeforeEach
    void setUp() {
        learners = new Learners(context);
    }

    @Test
    void theFileHoldsTheMembersOwnRecordLearningAndConfirmationsAndNothingOfAnotherMember() {
        Learner mai = learners.create("Lương Thị", "Mai", Learners.TEACHERS);
        Learner tien = learners.create("Cao Văn", "Tiến", Learners.TEACHERS);
        String secretary = learners.secretaryOf(Learners.TEACHERS);
        Users.run(users, secretary, () -> {
            records.protect(mai.memberId(), new SensitiveDetails("001196012345", "0912000111", "Tày", "Không", null));
            records.protect(tien.memberId(), new SensitiveDetails("001095099999", "0988777666", "Nùng", "Phật giáo",
                    "Ghi chú riêng của người khác"));
        });
        String maisCode = learners.confirmed(mai);
        String tiensCode = learners.confirmed(tien);

        Workbook file = Users.as(users, mai.username(), () -> ownData.mine(PortalI18nProvider.VIETNAMESE));
        Map<String, List<String>> sheets = read(file.xlsx());

        assertThat(sheets.keySet()).containsExactly("Hồ sơ", "Quá trình", "Kế hoạch phấn đấu", "Xếp loại chất lượng",
                "Học tập trực tuyến", "Xác nhận hoàn thành", "Bài thu hoạch", "Bài kiểm tra");
        assertThat(sheets.get("Hồ sơ")).contains("Lương Thị", "Mai", "Chi bộ Giáo viên", "Đảng viên dự bị",
                "001196012345", "0912000111", "Tày");
        assertThat(sheets.get("Quá trình")).contains("Kết nạp (dữ liệu kiểm thử)");
        assertThat(sheets.get("Học tập trực tuyến")).contains("(Cả khoá học)", "Có");
        assertThat(sheets.get("Xác nhận hoàn thành")).contains(maisCode, "Hợp lệ");
        assertThat(sheets.get("Bài kiểm tra")).anyMatch(cell -> cell.startsWith("Bài học: ")).contains("Có");
        String everything = String.join("\n", sheets.values().stream().flatMap(List::stream).toList());
        assertThat(everything).doesNotContain(tiensCode, "Cao Văn", "Tiến", "001095099999", "0988777666", "Nùng",
                "Ghi chú riêng của người khác");
        assertThat(file.contentDisposition()).startsWith("attachment; filename=\"du-lieu-cua-toi-luong-thi-mai.xlsx\"");
    }

    @Test
    void eachDownloadIsAuditedOnTheRecordWithoutTheValues() {
        Learner lan = learners.create("Đinh Thị", "Lan", Learners.TEACHERS);
        String secretary = learners.secretaryOf(Learners.TEACHERS);
        Users.run(users, secretary, () -> records.protect(lan.memberId(),
                new SensitiveDetails("001196077777", "0912333444", "Kinh", null, null)));

        Users.as(users, lan.username(), () -> ownData.mine(PortalI18nProvider.ENGLISH));

        List<AuditEntry> exports = Users.as(users, secretary, () -> records.trail(lan.memberId())).stream()
                .filter(entry -> entry.getAction().equals("member.ownDataExported")).toList();
        assertThat(exports).singleElement().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo(lan.username());
            assertThat(entry.getAfter()).contains("có thông tin cần bảo vệ").doesNotContain("001196077777", "0912333444",
                    "Lan");
        });
    }

    @Test
    void aCandidateGetsTheirAdmissionFileStagesAndCertificates() {
        AdmissionFixtures admission = new AdmissionFixtures(context);
        long candidateId = admission.candidate(Learners.TEACHERS, LocalDate.of(2002, 4, 9));
        String username = "ut-" + candidateId;
        Users.run(users, "admin", () -> accounts.createMemberAccount(candidateId, username, AdmissionFixtures.PASSWORD));
        LocalDate vote = LocalDate.now().minusDays(10);
        admission.readyForVote(admission.secretaryOf(Learners.TEACHERS), candidateId, vote.minusMonths(2), vote);

        Map<String, List<String>> sheets = read(Users.as(users, username,
                () -> ownData.mine(PortalI18nProvider.VIETNAMESE)).xlsx());

        assertThat(sheets.get("Hồ sơ")).contains("Quần chúng ưu tú");
        assertThat(sheets.get("Hồ sơ kết nạp")).hasSizeGreaterThan(2 * 5);
        assertThat(sheets.get("Giấy chứng nhận")).contains("GCN-" + candidateId + " (thử)", "Trung tâm chính trị (thử)");
    }

    @Test
    void anonymousUsersAndAccountsWithoutARecordGetNothing() {
        assertThatThrownBy(() -> ownData.mine(PortalI18nProvider.VIETNAMESE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Users.as(users, "bientap", () -> ownData.mine(PortalI18nProvider.VIETNAMESE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Every sheet's cells as text, as a spreadsheet shows them. */
    private static Map<String, List<String>> read(byte[] xlsx) {
        DataFormatter formatter = new DataFormatter();
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                List<String> cells = new ArrayList<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
                sheets.put(sheet.getSheetName(), cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }
}
