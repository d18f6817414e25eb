package vn.renluyen.members;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX file, read as a stream of rows (POI's event API): a 10 MB file can hold far more
 * rows than allowed, and the whole-workbook model would hold them all in memory before the limit is checked.
 * Date cells come out as dd/MM/yyyy whatever format the sheet shows them in.
 */
final class MemberImportXlsx {

    private MemberImportXlsx() {
    }

    static void read(byte[] bytes, MemberImportFile.Lines lines) {
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new MemberProblem("member.error.fileEmpty");
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(workbook), new Rows(lines), new DayFormatter(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (MemberProblem problem) {
            throw problem;
        } catch (Exception e) {
            // The SAX parser may wrap what our row handler threw (too many rows) in its own exception.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof MemberProblem problem) {
                    throw problem;
                }
            }
            throw new MemberProblem("member.error.fileUnreadable");
        } finally {
            if (workbook != null) {
                // revert(), not close(): close() would try to write the package back.
                workbook.revert();
            }
        }
    }

    /** Cells arrive by reference ("C5"); missing cells between them are empty. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final MemberImportFile.Lines lines;
        private final List<String> cells = new ArrayList<>();

        Rows(MemberImportFile.Lines lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            lines.add(rowNum + 1, List.copyOf(cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /**
     * Dates as dd/MM/yyyy; whole numbers in full (a party card typed as a number is "12345678", not
     * "1.23457E+7"); everything else as Excel shows it.
     */
    private static final class DayFormatter extends DataFormatter {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DAY.format(DateUtil.getLocalDateTime(value));
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return BigDecimal.valueOf(value).toBigInteger().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
