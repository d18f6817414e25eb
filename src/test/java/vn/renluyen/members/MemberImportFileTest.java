package vn.renluyen.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.renluyen.members.MemberImportFile.Line;

/** Reading member files: CSV as Excel and LibreOffice write it in Vietnam, XLSX, and what is refused. */
class MemberImportFileTest {

    private static final String HEADER = "Họ và tên đệm,Tên,Ngày sinh,Trạng thái,Từ ngày,Số thẻ đảng viên";

    @Test
    void csvWithCommasAndAByteOrderMarkIsReadWithSpreadsheetRowNumbers() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (HEADER + "\r\nNguyễn Văn,An,15/06/1996,Đảng viên dự bị,03/02/2026,\r\n,,,,,\r\n"
                + "\"Trần  Thị\",\"Hằng, (chị)\",12/04/1978,Đảng viên chính thức,19/05/2005,'-12\r\n")
                .getBytes(StandardCharsets.UTF_8);
        MemberImportFile.Sheet sheet = MemberImportFile.read(concat(bom, text));

        assertThat(sheet.header().cells()).first().isEqualTo("Họ và tên đệm");
        assertThat(sheet.rows()).extracting(Line::number).containsExactly(2, 4);
        assertThat(sheet.rows().get(0).cells()).containsExactly("Nguyễn Văn", "An", "15/06/1996", "Đảng viên dự bị",
                "03/02/2026", "");
        // Doubled spaces are one, the quoted comma stays in the cell, the export's formula guard is taken off.
        assertThat(sheet.rows().get(1).cells()).containsExactly("Trần Thị", "Hằng, (chị)", "12/04/1978",
                "Đảng viên chính thức", "19/05/2005", "-12");
    }

    @Test
    void semicolonsAsExcelWritesThemInVietnameseSettings() {
        byte[] text = (HEADER.replace(',', ';') + "\nLê Văn;Bình;2/9/1985;Đảng viên chính thức;26/03/2013;\n")
                .getBytes(StandardCharsets.UTF_8);
        MemberImportFile.Sheet sheet = MemberImportFile.read(text);
        assertThat(sheet.rows()).singleElement().extracting(Line::cells)
                .isEqualTo(List.of("Lê Văn", "Bình", "2/9/1985", "Đảng viên chính thức", "26/03/2013", ""));
    }

    @Test
    void headersMatchWhateverTheCaseSpacesAndUnicodeForm() {
        String decomposed = Normalizer.normalize("  HỌ VÀ TÊN ĐỆM ,tên, ngày  sinh,TRẠNG THÁI,từ ngày",
                Normalizer.Form.NFD);
        MemberImportFile.Sheet sheet = MemberImportFile.read((decomposed + "\nA,B,01/01/1990,x,y\n")
                .getBytes(StandardCharsets.UTF_8));
        MemberColumn.Layout layout = MemberColumn.Layout.of(sheet.header().cells());
        List<String> cells = sheet.rows().getFirst().cells();
        assertThat(layout.value(cells, MemberColumn.FAMILY_MIDDLE_NAME)).isEqualTo("A");
        assertThat(layout.value(cells, MemberColumn.BIRTH_DATE)).isEqualTo("01/01/1990");
        assertThat(layout.value(cells, MemberColumn.PARTY_CARD)).isEmpty();
        assertThat(Normalizer.isNormalized(sheet.header().cells().getFirst(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        MemberImportFile.Sheet sheet = MemberImportFile.read("Họ và tên đệm;Tên;Trạng thái\nA;B;C\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> MemberColumn.Layout.of(sheet.header().cells()))
                .isInstanceOfSatisfying(MemberProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("member.error.fileMissingColumns");
                    assertThat(p.arguments()).containsExactly("Ngày sinh, Từ ngày");
                });
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedInsteadOfGuessed() {
        for (String charset : new String[] {"windows-1258", "windows-1252"}) {
            if (!Charset.isSupported(charset)) {
                continue;
            }
            byte[] legacy = (HEADER + "\nLê,Bình,02/09/1985,Đảng viên chính thức,26/03/2013,\n")
                    .getBytes(Charset.forName(charset));
            assertThatThrownBy(() -> MemberImportFile.read(legacy)).as(charset)
                    .isInstanceOfSatisfying(MemberProblem.class,
                            p -> assertThat(p.messageKey()).isEqualTo("member.error.fileNotUtf8"));
        }
    }

    @Test
    void xlsxDateCellsAndNumbersComeOutAsTheyReadInVietnam() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đảng viên");
            Row header = sheet.createRow(0);
            String[] headers = HEADER.split(",");
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle usDate = workbook.createCellStyle();
            usDate.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(Normalizer.normalize("Phạm Thị Thu", Normalizer.Form.NFD));
            row.createCell(1).setCellValue("Trang");
            row.createCell(2).setCellValue(LocalDate.of(1990, 11, 20));
            row.getCell(2).setCellStyle(usDate);
            row.createCell(3).setCellValue("Đảng viên chính thức");
            row.createCell(4).setCellValue("22/12/2017");
            row.createCell(5).setCellValue(12345678d);
            workbook.write(out);
            file = out.toByteArray();
        }
        MemberImportFile.Sheet sheet = MemberImportFile.read(file);
        assertThat(sheet.header().cells()).containsExactly(HEADER.split(","));
        assertThat(sheet.rows()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(3);
            assertThat(line.cells()).containsExactly("Phạm Thị Thu", "Trang", "20/11/1990", "Đảng viên chính thức",
                    "22/12/2017", "12345678");
        });
    }

    @Test
    void oldExcelTooLargeBrokenAndEmptyFilesAreRefusedWithTheirReason() {
        assertThat(problem(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})).isEqualTo("member.error.fileOldExcel");
        assertThat(problem(new byte[MemberImportFile.MAX_BYTES + 1])).isEqualTo("member.error.fileTooLarge");
        assertThat(problem(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).isEqualTo("member.error.fileUnreadable");
        assertThat(problem(",,\n\n  \n".getBytes(StandardCharsets.UTF_8))).isEqualTo("member.error.fileEmpty");
        StringBuilder many = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= MemberImportFile.MAX_ROWS; i++) {
            many.append("A,B,01/01/1990,x,y,\n");
        }
        assertThat(problem(many.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo("member.error.fileTooManyRows");
    }

    @Test
    void datesAreDayFirstAndImpossibleOnesAreRefused() {
        assertThat(MemberImportValues.date("5/9/1990", "k")).isEqualTo(LocalDate.of(1990, 9, 5));
        assertThat(MemberImportValues.date("05.09.1990", "k")).isEqualTo(LocalDate.of(1990, 9, 5));
        assertThat(MemberImportValues.date("1990-09-05", "k")).isEqualTo(LocalDate.of(1990, 9, 5));
        for (String wrong : new String[] {"31/02/1990", "5/9/90", "13/13/2000", "ngày 5", "01/01/1800"}) {
            assertThatThrownBy(() -> MemberImportValues.date(wrong, "k")).as(wrong)
                    .isInstanceOfSatisfying(MemberProblem.class, p -> {
                        assertThat(p.messageKey()).isEqualTo("member.error.fileDate");
                        assertThat(p.arguments()).containsExactly(wrong);
                    });
        }
        assertThat(MemberImportValues.status("dang vien du bi")).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(MemberImportValues.sex("NỮ")).isEqualTo(MemberDetails.Sex.FEMALE);
        assertThatThrownBy(() -> MemberImportValues.status("Miễn sinh hoạt đảng")).isInstanceOf(MemberProblem.class);
    }

    private static String problem(byte[] bytes) {
        try {
            MemberImportFile.read(bytes);
            return "read";
        } catch (MemberProblem p) {
            return p.messageKey();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
