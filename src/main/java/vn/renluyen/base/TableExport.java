package vn.renluyen.base;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One table, two files secretaries open in Excel or LibreOffice: CSV (UTF-8 with a byte-order mark, since Excel
 * otherwise reads Vietnamese as Windows-1252) and XLSX (typed cells, so dates sort and numbers add up).
 * Text is stored NFC, as everywhere in the portal, so "Nguyễn" typed on a Mac still matches in a filter.
 */
public final class TableExport {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String YES = "Có";
    static final String NO = "Không";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** Long titles make file names that mail clients and Windows Explorer cut off anyway. */
    private static final int MAX_NAME = 80;

    private TableExport() {
    }

    /**
     * A title (sheet name and file name) and rows as wide as the headers. Cells are String, Number, LocalDate,
     * LocalDateTime, Boolean or null (empty); anything else is refused here rather than exported as its
     * {@code toString()}, which could leak an entity's fields into a file.
     */
    public record Table(String title, List<String> headers, List<List<Object>> rows) {

        public Table {
            Objects.requireNonNull(title, "title");
            headers = List.copyOf(headers);
            int width = headers.size();
            List<List<Object>> copied = new ArrayList<>(rows.size());
            for (List<Object> row : rows) {
                copied.add(checked(row, width, copied.size()));
            }
            rows = Collections.unmodifiableList(copied);
        }

        private static List<Object> checked(List<Object> row, int width, int index) {
            if (row.size() != width) {
                throw new IllegalArgumentException("row " + index + " has " + row.size() + " cells, not " + width);
            }
            for (Object cell : row) {
                if (!(cell == null || cell instanceof String || cell instanceof Number || cell instanceof LocalDate
                        || cell instanceof LocalDateTime || cell instanceof Boolean)) {
                    throw new IllegalArgumentException("row " + index + ": cannot export " + cell.getClass());
                }
            }
            // Arrays.asList-style copy: rows may hold nulls, which List.copyOf refuses.
            return Collections.unmodifiableList(new ArrayList<>(row));
        }
    }

    /**
     * Several tables in one XLSX file, one sheet each (a person's own data: record, learning, ratings…); the title
     * names the file.
     */
    public record Workbook(String title, List<Table> sheets) {

        public Workbook {
            Objects.requireNonNull(title, "title");
            sheets = List.copyOf(sheets);
        }

        public byte[] xlsx() {
            return TableXlsx.write(sheets);
        }

        public String contentDisposition() {
            return TableExport.contentDisposition(title, Format.XLSX.extension());
        }
    }

    /** The two formats with what a download needs to know about them. */
    public enum Format {
        CSV("csv", CSV_TYPE), XLSX("xlsx", XLSX_TYPE);

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }

        public byte[] render(Table table) {
            return this == CSV ? csv(table) : xlsx(table);
        }
    }

    public static byte[] csv(Table table) {
        return TableCsv.write(table);
    }

    public static byte[] xlsx(Table table) {
        return TableXlsx.write(table);
    }

    /** An ASCII name that survives every browser, mail client and file system: "Tiến độ 2026" → "tien-do-2026.csv". */
    public static String fileName(Table table, String extension) {
        return fileName(table.title(), extension);
    }

    private static String fileName(String title, String extension) {
        String stem = DownloadNames.fold(Texts.nfc(title)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (stem.length() > MAX_NAME) {
            stem = stem.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return (stem.isEmpty() ? "bang" : stem) + suffix(extension);
    }

    /** Attachment header with the ASCII name and, for browsers that read it, the Vietnamese title itself. */
    public static String contentDisposition(Table table, String extension) {
        return contentDisposition(table.title(), extension);
    }

    private static String contentDisposition(String name, String extension) {
        String title = Texts.nfc(name).replaceAll("[\\p{Cc}\\p{Cf}]", "")
                .replaceAll("[\\\\/:*?\"<>|]+", "-").strip();
        String exact = title.isEmpty() ? fileName(name, extension)
                : title.codePoints().limit(MAX_NAME).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append) + suffix(extension);
        return DownloadNames.header("attachment", fileName(name, extension), exact);
    }

    private static String suffix(String extension) {
        String clean = extension.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return clean.isEmpty() ? "" : "." + clean;
    }

    /** A cell as a person reads it; used for CSV and to size XLSX columns. */
    static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case String s -> Texts.nfc(s);
            case Boolean b -> b ? YES : NO;
            case LocalDate d -> DATE.format(d);
            case LocalDateTime t -> DATE_TIME.format(t);
            case BigDecimal n -> n.toPlainString();
            // Double.toString writes 1.0E7 and 3.0; spreadsheets and people expect 10000000 and 3.
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Float f when Float.isFinite(f) -> new BigDecimal(f.toString()).stripTrailingZeros().toPlainString();
            case Number n -> n.toString();
            default -> throw new IllegalArgumentException("cannot export " + cell.getClass());
        };
    }
}
