package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.base.PortalI18nProvider;
import vn.renluyen.base.TableExport;
import vn.renluyen.base.TableExport.Table;
import vn.renluyen.members.MemberImportPreview.Problem;
import vn.renluyen.members.MemberImportPreview.Row;

/** Member files on the real database: the dry run writes nothing, the commit only the valid rows. */
@PortalIntegrationTest
class MemberImportIT {

    private static final String HEADER = "Họ và tên đệm,Tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Tổ chức đảng,"
            + "Trạng thái,Từ ngày,Số quyết định,Số định danh cá nhân,Số điện thoại";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SCHOOL = "Đảng bộ Trường Trung học phổ thông Hoà An";

    @Autowired
    vn.renluyen.base.SecretCipher cipher;
    @Autowired
    MemberImport imports;
    @Autowired
    MemberExport exports;
    @Autowired
    OrganizationService organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final PortalI18nProvider i18n = new PortalI18nProvider();
    private final String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

    @Test
    void theDryRunWritesNothingAndNamesRowColumnAndReasonOfEveryProblem() {
        String taken = card("T");
        commit("bithu", SCHOOL, csv(row("Có", "Thẻ", "01/01/1980", "Nam", taken, "", "Đảng viên chính thức",
                "01/01/2010", "", "", "")));
        String twice = card("D");
        byte[] file = csv(
                row("Hợp", "Lệ", "15/06/1996", "Nữ", card("V"), "Chi bộ Giáo viên", "Đảng viên dự bị", "03/02/2026",
                        "12-QĐ/ĐU", "001096012345", "0912 345 678"),
                row("Sai", "Ngày", "31/02/1990", "", "", "", "Quần chúng ưu tú", "01/09/2026", "", "", ""),
                row("Sai", "Trạng thái", "01/01/1990", "", "", "", "Miễn sinh hoạt đảng", "01/01/2020", "", "", ""),
                row("Trùng", "Cơ sở dữ liệu", "01/01/1990", "", taken, "", "Đảng viên chính thức", "01/01/2020", "",
                        "", ""),
                row("Trùng", "Một", "01/01/1990", "", twice, "", "Đảng viên chính thức", "01/01/2020", "", "", ""),
                row("Trùng", "Hai", "01/01/1990", "", twice, "", "Đảng viên chính thức", "01/01/2020", "", "", ""),
                row("Ngoài", "Phạm vi", "01/01/1990", "", "", "Chi bộ thôn Đông Hoà", "Đảng viên chính thức",
                        "01/01/2020", "", "", ""));
        int members = count("member");
        int history = count("member_status_change");
        int audit = count("audit_entry");

        MemberImportPreview preview = as("bithu", () -> imports.preview(org(SCHOOL), "ds.csv", file));

        assertThat(count("member")).isEqualTo(members);
        assertThat(count("member_status_change")).isEqualTo(history);
        assertThat(count("audit_entry")).isEqualTo(audit);
        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.validCount()).isEqualTo(1);
        assertThat(preview.invalidCount()).isEqualTo(6);
        assertThat(preview.rows().getFirst()).satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.valid()).isTrue();
            assertThat(r.organization()).isEqualTo("Chi bộ Giáo viên");
        });
        assertThat(problems(preview)).containsExactly(
                "3|Ngày sinh|member.error.fileDate", "4|Trạng thái|member.error.fileStatus",
                "5|Số thẻ đảng viên|member.error.partyCardTaken",
                "6|Số thẻ đảng viên|member.error.filePartyCardRepeated",
                "7|Số thẻ đảng viên|member.error.filePartyCardRepeated",
                "8|Tổ chức đảng|member.error.fileOrganizationUnknown");
        assertThat(vietnamese(problemAt(preview, 3))).isEqualTo(
                "\"31/02/1990\" không phải ngày hợp lệ; hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/09/1990.");
        assertThat(vietnamese(problemAt(preview, 6))).contains(twice, "6, 7");
        assertThat(vietnamese(problemAt(preview, 8))).contains("Chi bộ thôn Đông Hoà", SCHOOL);
    }

    @Test
    void aMissingColumnOrAFileInAnotherEncodingStopsTheWholeFile() {
        byte[] noBirthDate = "Họ và tên đệm;Tên;Trạng thái;Từ ngày\nNguyễn Văn;An;Đảng viên dự bị;03/02/2026\n"
                .getBytes(StandardCharsets.UTF_8);
        MemberImportPreview missing = as("bithu", () -> imports.preview(org(SCHOOL), "thieu-cot.csv", noBirthDate));
        assertThat(missing.rows()).isEmpty();
        assertThat(missing.fileProblems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isZero();
            assertThat(vietnamese(p)).startsWith("Thiếu cột bắt buộc: Ngày sinh.");
        });

        String charset = Charset.isSupported("windows-1258") ? "windows-1258" : "windows-1252";
        byte[] legacy = (HEADER + "\nLê Văn,Bình,02/09/1985,Nam,,,Đảng viên chính thức,26/03/2013,,,\n")
                .getBytes(Charset.forName(charset));
        MemberImportPreview wrong = as("bithu", () -> imports.preview(org(SCHOOL), "windows.csv", legacy));
        assertThat(wrong.validCount()).isZero();
        assertThat(wrong.fileProblems()).singleElement()
                .satisfies(p -> assertThat(vietnamese(p)).startsWith("Tệp không phải UTF-8"));
        assertThat(as("bithu", () -> imports.commit(wrong)).written()).isZero();
    }

    @Test
    void theCommitWritesOnlyTheValidRowsWithOneAuditLine() {
        String card = card("C");
        byte[] file = csv(
                row("Vi", "Một" + tag, "05/09/1990", "Nữ", card, "Chi bộ Hành chính - Phục vụ", "Đảng viên dự bị",
                        "03/02/2026", "7-QĐ/ĐU", "001190000123", "+84 912 345 678"),
                row("Vi", "Hai" + tag, "06/09/1991", "", "", "", "Quần chúng ưu tú", "01/09/2026", "", "", ""),
                row("Vi", "Lỗi" + tag, "06/09/2091", "", "", "", "Quần chúng ưu tú", "01/09/2026", "", "", ""));
        MemberImportPreview preview = as("bithu", () -> imports.preview(org(SCHOOL), "ds.csv", file));
        assertThat(preview.validCount()).isEqualTo(2);
        long lastAudit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);

        MemberImportResult result = as("bithu", () -> imports.commit(preview));

        assertThat(result.written()).isEqualTo(2);
        assertThat(result.notWritten()).isEmpty();
        List<Map<String, Object>> written = jdbc.queryForList("select m.given_name, m.status, m.ceremony_date,"
                + " m.citizen_id, m.phone, m.sex, o.name from member m join organization o on o.id = m.organization_id"
                + " where m.given_name like ? order by m.given_name", "%" + tag);
        assertThat(written).extracting(m -> m.get("given_name")).containsExactly("Hai" + tag, "Một" + tag);
        Map<String, Object> first = written.get(1);
        assertThat(first.get("status")).isEqualTo("PROBATIONARY");
        assertThat(first.get("ceremony_date").toString()).isEqualTo("2026-02-03");
        // stored encrypted (SensitiveDataEncryptionIT); the import writes them through the same converter
        assertThat(cipher.decrypt((String) first.get("citizen_id"))).isEqualTo("001190000123");
        assertThat(cipher.decrypt((String) first.get("phone"))).isEqualTo("+84912345678");
        assertThat(first.get("sex")).isEqualTo("FEMALE");
        assertThat(first.get("name")).isEqualTo("Chi bộ Hành chính - Phục vụ");
        assertThat(written.get(0).get("name")).isEqualTo(SCHOOL);
        assertThat(jdbc.queryForList("select action, after_state from audit_entry where id > ?", lastAudit))
                .singleElement().satisfies(line -> {
                    assertThat(line.get("action")).isEqualTo("member.imported");
                    assertThat(line.get("after_state").toString()).contains("2 hồ sơ được ghi, 1 dòng không ghi")
                            .doesNotContain("001190000123", "Một");
                });
    }

    @Test
    void aConfirmedRowThatBecameInvalidMeanwhileIsReportedNotWritten() {
        String card = card("M");
        byte[] file = csv(row("Chờ", "Một" + tag, "01/01/1985", "", card, "", "Đảng viên chính thức", "01/01/2015",
                "", "", ""), row("Chờ", "Hai" + tag, "01/01/1986", "", "", "", "Đảng viên chính thức", "01/01/2016",
                "", "", ""));
        MemberImportPreview first = as("bithu", () -> imports.preview(org(SCHOOL), "a.csv", file));
        assertThat(first.validCount()).isEqualTo(2);
        commit("bithu", SCHOOL, csv(row("Nhanh", "Tay", "01/01/1980", "", card, "", "Đảng viên chính thức",
                "01/01/2010", "", "", "")));

        MemberImportResult result = as("bithu", () -> imports.commit(first));

        assertThat(result.written()).isEqualTo(1);
        assertThat(result.notWritten()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.problems()).extracting(Problem::messageKey).containsExactly("member.error.partyCardTaken");
        });
        assertThat(jdbc.queryForObject("select count(*) from member where party_card_number = ?", Integer.class, card))
                .isEqualTo(1);
    }

    @Test
    void aSecretaryCannotImportOutsideTheirBranchAndAdminImportsNoSensitiveData() {
        byte[] plain = csv(row("Ngoài", "Nhánh", "01/01/1990", "", "", "", "Quần chúng ưu tú", "01/09/2026", "", "",
                ""));
        assertThatThrownBy(() -> as("bithu", () -> imports.preview(org("Chi bộ thôn Đông Hoà"), "a.csv", plain)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("bithu", () -> exports.members(org("Chi bộ thôn Đông Hoà"))))
                .isInstanceOf(AccessDeniedException.class);

        byte[] sensitive = csv(row("Quản", "Trị", "01/01/1990", "", "", "", "Quần chúng ưu tú", "01/09/2026", "", "",
                "0912345678"));
        MemberImportPreview refused = as("admin", () -> imports.preview(org(SCHOOL), "a.csv", sensitive));
        assertThat(refused.validCount()).isZero();
        assertThat(refused.fileProblems()).extracting(Problem::messageKey)
                .containsExactly("member.error.fileSensitiveRefused");
        assertThat(as("admin", () -> imports.preview(org(SCHOOL), "a.csv", plain)).validCount()).isEqualTo(1);
        assertThat(as("admin", () -> exports.members(org(SCHOOL))).headers()).doesNotContain("Số điện thoại");
        assertThat(as("bithu", () -> exports.template(org(SCHOOL))).headers()).contains("Số điện thoại");
    }

    @Test
    void aDissolvedOrganizationTakesNoImportedRecord() {
        String name = "Chi bộ giải thể " + tag;
        long dissolved = as("bithu", () -> organizations.create(name, OrganizationType.CELL, org(SCHOOL)).getId());
        Users.run(users, "bithu", () -> organizations.dissolve(dissolved, "Sáp nhập (thử nhập tệp)"));
        byte[] naming = csv(row("Giải", "Thể", "01/01/1990", "", "", name, "Quần chúng ưu tú", "01/09/2026", "", "",
                ""));
        assertThat(problems(as("bithu", () -> imports.preview(org(SCHOOL), "a.csv", naming))))
                .containsExactly("2|Tổ chức đảng|member.error.fileOrganizationDissolved");
        byte[] plain = csv(row("Giải", "Thể", "01/01/1990", "", "", "", "Quần chúng ưu tú", "01/09/2026", "", "", ""));
        MemberImportPreview into = as("bithu", () -> imports.preview(dissolved, "a.csv", plain));
        assertThat(into.rows()).isEmpty();
        assertThat(into.fileProblems()).extracting(Problem::messageKey)
                .containsExactly("member.error.fileOrganizationDissolved");
    }

    @Test
    void anExportedFileImportsBack() {
        long cell = as("bithu", () -> organizations.create("Chi bộ khứ hồi " + tag, OrganizationType.CELL,
                org(SCHOOL)).getId());
        String card = card("R");
        commit("bithu", SCHOOL, csv(
                row("Khứ", "Hồi" + tag, "05/09/1990", "Nữ", card, "Chi bộ khứ hồi " + tag, "Đảng viên chính thức",
                        "01/02/2020", "3-QĐ/ĐU", "001190000999", "0987654321"),
                row("=Khứ", "Về" + tag, "06/10/1999", "Nam", "", "Chi bộ khứ hồi " + tag, "Quần chúng ưu tú",
                        "01/09/2026", "", "", "")));
        int audit = count("audit_entry");
        Table exported = as("bithu", () -> exports.members(cell));
        assertThat(count("audit_entry")).isEqualTo(audit + 1);
        assertThat(exported.rows()).hasSize(2);

        for (TableExport.Format format : TableExport.Format.values()) {
            byte[] file = format.render(exported);
            MemberImportPreview back = as("bithu", () -> imports.preview(cell, "xuat." + format.extension(), file));
            assertThat(back.fileProblems()).as(format.name()).isEmpty();
            // The card is the record's own now; every other cell reads back as it was written.
            assertThat(problems(back)).as(format.name()).containsExactly("2|Số thẻ đảng viên|member.error.partyCardTaken");
            assertThat(back.rows()).extracting(Row::name).containsExactlyInAnyOrder("Khứ Hồi" + tag, "=Khứ Về" + tag);
            assertThat(back.rows()).extracting(Row::organization).containsOnly("Chi bộ khứ hồi " + tag);
        }
        byte[] csv = TableExport.Format.CSV.render(exported);
        MemberImportResult again = as("bithu", () -> imports.commit(imports.preview(cell, "xuat.csv", csv)));
        assertThat(again.written()).isEqualTo(1);
        Table twice = as("bithu", () -> exports.members(cell));
        List<Object> original = exported.rows().stream().filter(r -> r.get(7) == null).findFirst().orElseThrow();
        assertThat(twice.rows()).filteredOn(r -> r.get(7) == null).hasSize(2).allSatisfy(r -> assertThat(r).isEqualTo(original));
        assertThat(exported.rows()).filteredOn(r -> card.equals(r.get(7))).singleElement()
                .satisfies(r -> assertThat(r.subList(9, 16)).containsExactly("Đảng viên chính thức",
                        LocalDate.of(2020, 2, 1), "3-QĐ/ĐU", "001190000999", "0987654321", null, null));
    }

    @Test
    void tenThousandRowsArePreviewedAndWritten() {
        long cell = as("bithu", () -> organizations.create("Chi bộ mười nghìn " + tag, OrganizationType.CELL,
                org(SCHOOL)).getId());
        String[] rows = new String[10_000];
        LocalDate born = LocalDate.of(1960, 1, 1);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row("Nguyễn Văn", "Số" + i, DAY.format(born.plusDays(i)), i % 2 == 0 ? "Nam" : "Nữ",
                    "K" + tag + "-" + i, "", i % 3 == 0 ? "Đảng viên dự bị" : "Đảng viên chính thức", "01/02/2025",
                    "QĐ-" + i, i % 10 == 0 ? String.format("%012d", i) : "", "");
        }
        byte[] file = csv(rows);
        long start = System.nanoTime();
        MemberImportPreview preview = as("bithu", () -> imports.preview(cell, "muoi-nghin.csv", file));
        long previewed = System.nanoTime();
        assertThat(preview.validCount()).isEqualTo(10_000);
        MemberImportResult result = as("bithu", () -> imports.commit(preview));
        long committed = System.nanoTime();
        assertThat(result.written()).isEqualTo(10_000);
        assertThat(jdbc.queryForObject("select count(*) from member where organization_id = ?", Integer.class, cell))
                .isEqualTo(10_000);
        System.out.printf("MemberImportIT: 10,000 rows (%d KB): preview %d ms, commit %d ms%n", file.length / 1024,
                (previewed - start) / 1_000_000, (committed - previewed) / 1_000_000);
    }

    private void commit(String username, String organization, byte[] file) {
        MemberImportResult result = as(username, () -> imports.commit(imports.preview(org(organization), "f.csv", file)));
        assertThat(result.written()).isPositive();
    }

    private String card(String prefix) {
        return prefix + tag + ThreadLocalRandom.current().nextInt(1000, 10_000);
    }

    private static String row(String... cells) {
        return String.join(",", cells);
    }

    private static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> problems(MemberImportPreview preview) {
        return preview.problems().stream().map(p -> p.row() + "|" + p.column() + "|" + p.messageKey()).toList();
    }

    private static Problem problemAt(MemberImportPreview preview, int row) {
        return preview.problems().stream().filter(p -> p.row() == row).findFirst().orElseThrow();
    }

    private String vietnamese(Problem problem) {
        return i18n.getTranslation(problem.messageKey(), PortalI18nProvider.VIETNAMESE, problem.arguments());
    }

    private long org(String name) {
        return jdbc.queryForObject("select id from organization where name = ?", Long.class, name);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private <T> T as(String username, Supplier<T> work) {
        return Users.as(users, username, work);
    }
}
