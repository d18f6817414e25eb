package vn.renluyen.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV the way Excel reads it: BOM so it picks UTF-8, CRLF and RFC 4180 quotes ({@link CSVFormat#EXCEL}). */
final class TableCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableCsv() {
    }

    static byte[] write(TableExport.Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            printer.printRecord(cells(table.headers()));
            for (List<Object> row : table.rows()) {
                printer.printRecord(cells(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Object[] cells(List<?> row) {
        return row.stream().map(TableCsv::cell).toArray();
    }

    /**
     * Spreadsheets run a cell that starts like a formula, so a member named "=HYPERLINK(...)" could make a
     * secretary's Excel call out. OWASP's advice: prefix such text with an apostrophe. Numbers are left alone;
     * -3 is a number, not an attack.
     */
    static String cell(Object value) {
        String text = TableExport.text(value);
        return value instanceof String && startsLikeFormula(text) ? "'" + text : text;
    }

    static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
