package vn.renluyen.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX with typed cells. Streaming (SXSSF): a members × courses table has thousands of rows, and only
 * {@value #WINDOW} of them stay in memory; the rest go to a temporary file that is deleted afterwards.
 */
final class TableXlsx {

    private static final int WINDOW = 100;
    /** In characters. Streaming cannot autosize (the rows are gone), so widths come from the text lengths. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    /** Room for the auto filter's drop-down button beside a header. */
    private static final int FILTER_BUTTON = 3;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private TableXlsx() {
    }

    static byte[] write(TableExport.Table table) {
        return write(List.of(table));
    }

    /** One sheet per table, in order; sheet names made unique ("Bảng", "Bảng (2)"). */
    static byte[] write(List<TableExport.Table> tables) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            try {
                workbook.setCompressTempFiles(true);
                Styles styles = new Styles(workbook);
                for (TableExport.Table table : tables) {
                    fill(workbook, table, styles);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                return out.toByteArray();
            } finally {
                workbook.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(SXSSFWorkbook workbook, TableExport.Table table, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(uniqueSheetName(workbook, sheetName(table.title())));
        List<String> headers = table.headers();
        int[] widths = new int[headers.size()];
        Row headerRow = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(clip(Texts.nfc(headers.get(c))));
            cell.setCellStyle(styles.header);
            widths[c] = width(cell.getStringCellValue()) + FILTER_BUTTON;
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    set(row.createCell(c), value, styles);
                    widths[c] = Math.max(widths[c], width(TableExport.text(value)));
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.clamp(widths[c] + 1, MIN_WIDTH, MAX_WIDTH) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!headers.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, headers.size() - 1));
        }
    }

    private static void set(Cell cell, Object value, Styles styles) {
        switch (value) {
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
            }
            case LocalDateTime t -> {
                cell.setCellValue(t);
                cell.setCellStyle(styles.dateTime);
            }
            case Boolean b -> cell.setCellValue(b ? TableExport.YES : TableExport.NO);
            default -> {
                // A string cell is never evaluated; the quote prefix also keeps it text when someone edits it.
                String text = clip(TableExport.text(value));
                cell.setCellValue(text);
                if (TableCsv.startsLikeFormula(text)) {
                    cell.setCellStyle(styles.quoted);
                }
            }
        }
    }

    static String sheetName(String title) {
        String name = Texts.nfc(title);
        return WorkbookUtil.createSafeSheetName(name.isEmpty() ? "Bảng" : name);
    }

    private static String uniqueSheetName(SXSSFWorkbook workbook, String name) {
        String unique = name;
        for (int n = 2; workbook.getSheet(unique) != null; n++) {
            String suffix = " (" + n + ")";
            unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return unique;
    }

    /** Longest line, since a cell with line breaks is only as wide as its widest line. */
    private static int width(String text) {
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, line.codePointCount(0, line.length()));
        }
        return widest;
    }

    /** Excel refuses longer cells; POI would throw and the whole export would fail over one note. */
    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle quoted;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
