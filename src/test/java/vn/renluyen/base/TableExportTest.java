package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What a secretary sees when she opens the file in Excel or LibreOffice, read back with the same libraries. */
class TableExportTest {

    private static final String NFD_NGUYEN = Normalizer.normalize("Nguyễn", Normalizer.Form.NFD);
    private static final String TRICKY = "Chi bộ 1, \"Phường\" Ba Đình\nkhóa 2026";

    private static final TableExport.Table TABLE = new TableExport.Table("Tiến độ học tập — Chi bộ 1",
            List.of("Họ và tên", "Tổ chức đảng", "Hoàn thành ngày", "Điểm", "Đạt"),
            List.of(
                    Arrays.asList("Trần Thị Hồng", TRICKY, LocalDate.of(2026, 11, 5), 9.5, true),
                    Arrays.asList("=1+1", "@SUM(A1)", null, -3, false),
                    Arrays.asList(NFD_NGUYEN + " Văn An", "-2", LocalDateTime.of(2026, 1, 2, 7, 30),
                            new BigDecimal("12.50"), null)));

    @Test
    void csvIsUtf8WithBomCrlfAndQuotesThatExcelReads() throws IOException {
        byte[] csv = TableExport.csv(TABLE);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("\uFEFF").startsWith("Họ và tên,Tổ chức đảng,Hoàn thành ngày,Điểm,Đạt\r\n");

        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(0).values()).containsExactly("Họ và tên", "Tổ chức đảng", "Hoàn thành ngày", "Điểm", "Đạt");
        assertThat(records.get(1).values()).containsExactly("Trần Thị Hồng", TRICKY, "05/11/2026", "9.5", "Có");
        assertThat(records.get(2).values()).containsExactly("'=1+1", "'@SUM(A1)", "", "-3", "Không");
        assertThat(records.get(3).values()).containsExactly("Nguyễn Văn An", "'-2", "02/01/2026 07:30", "12.50", "");
    }

    @Test
    void csvGuardsEveryFormulaStartButOnlyForText() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(TableCsv.startsLikeFormula(start + "x")).as("%s", start).isTrue();
        }
        assertThat(TableCsv.cell("\t=cmd")).isEqualTo("'=cmd");
        assertThat(TableCsv.cell(-3)).isEqualTo("-3");
        assertThat(TableCsv.cell(-0.5)).isEqualTo("-0.5");
        assertThat(TableCsv.cell(1.0e7)).isEqualTo("10000000");
        assertThat(TableCsv.cell("Hà Nội")).isEqualTo("Hà Nội");
    }

    @Test
    void xlsxHasTypedCellsABoldFrozenHeaderAndAFilter() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(TABLE)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Tiến độ học tập — Chi bộ 1");

            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Hoàn thành ngày");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(TRICKY);
            Cell score = first.getCell(3);
            assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(score.getNumericCellValue()).isEqualTo(9.5);
            Cell done = first.getCell(2);
            assertThat(DateUtil.isCellDateFormatted(done)).isTrue();
            assertThat(done.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(done.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Có");

            Row second = sheet.getRow(2);
            Cell formula = second.getCell(0);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=1+1");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(second.getCell(2)).isNull();
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(-3);

            assertThat(sheet.getColumnWidth(0)).isBetween(6 * 256, 60 * 256);
        }
    }

    @Test
    void decomposedTextComesOutComposedInBothFormats() throws IOException {
        assertThat(NFD_NGUYEN).isNotEqualTo("Nguyễn");

        String csv = new String(TableExport.csv(TABLE), StandardCharsets.UTF_8);
        assertThat(csv).contains("Nguyễn Văn An").doesNotContain(NFD_NGUYEN);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(TABLE)))) {
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn An");
        }
    }

    @Test
    void fileNamesAreAsciiAndTheHeaderKeepsTheVietnameseTitle() {
        assertThat(TableExport.fileName(TABLE, "csv")).isEqualTo("tien-do-hoc-tap-chi-bo-1.csv");
        assertThat(TableExport.fileName(table("Tiến độ học tập 2026"), "xlsx")).isEqualTo("tien-do-hoc-tap-2026.xlsx");
        assertThat(TableExport.fileName(table("Đảng ủy Phường Ngọc Hà"), ".XLSX")).isEqualTo("dang-uy-phuong-ngoc-ha.xlsx");
        assertThat(TableExport.fileName(table("日本"), "csv")).isEqualTo("bang.csv");
        assertThat(TableExport.fileName(table("x".repeat(200)), "csv")).hasSize(80 + 4);

        assertThat(TableExport.contentDisposition(table("Kết quả: thi/2026"), "csv")).isEqualTo(
                "attachment; filename=\"ket-qua-thi-2026.csv\"; filename*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3-%20thi-2026.csv");
    }

    @Test
    void aSheetNameIsShortAndLegal() {
        assertThat(TableXlsx.sheetName("Kết quả [vòng 1]: " + "a".repeat(40))).hasSizeLessThanOrEqualTo(31)
                .doesNotContain("[", "]", ":");
        assertThat(TableXlsx.sheetName("  ")).isEqualTo("Bảng");
    }

    @Test
    void rowsMustMatchTheHeadersAndHoldExportableValues() {
        assertThatThrownBy(() -> new TableExport.Table("t", List.of("a", "b"), List.of(List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
        assertThatThrownBy(() -> new TableExport.Table("t", List.of("a"), List.of(List.of(new Object()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twentyThousandRowsStreamToXlsx() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(List.of("Đảng viên " + i, "Chi bộ " + (i % 40), LocalDate.of(2026, 1, 1).plusDays(i % 365), i));
        }
        TableExport.Table big = new TableExport.Table("Thành viên × khóa học",
                List.of("Họ và tên", "Tổ chức đảng", "Hoàn thành ngày", "Số"), rows);

        byte[] xlsx = TableExport.xlsx(big);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(20_001);
            assertThat(sheet.getRow(20_000).getCell(0).getStringCellValue()).isEqualTo("Đảng viên 19999");
            assertThat(sheet.getRow(20_000).getCell(3).getNumericCellValue()).isEqualTo(19_999);
        }
    }

    private static TableExport.Table table(String title) {
        return new TableExport.Table(title, List.of("a"), List.of());
    }
}
