package vn.renluyen.members;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A member file (CSV or XLSX) as rows of clean text: the header row and the data rows, each numbered as the
 * spreadsheet shows it (the first row is 1). The type is told from the content, not the name. CSV must be
 * UTF-8: anything else is refused, since guessing a Vietnamese code page wrong would store mojibake.
 */
final class MemberImportFile {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** One spreadsheet row; {@code number} as the spreadsheet shows it. */
    record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    record Sheet(Line header, List<Line> rows) {
    }

    private MemberImportFile() {
    }

    static Sheet read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new MemberProblem("member.error.fileEmpty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new MemberProblem("member.error.fileTooLarge", "10 MB");
        }
        Lines lines = new Lines();
        if (startsWith(bytes, ZIP)) {
            MemberImportXlsx.read(bytes, lines);
        } else if (startsWith(bytes, OLE2)) {
            throw new MemberProblem("member.error.fileOldExcel");
        } else {
            csv(bytes, lines);
        }
        if (lines.header == null) {
            throw new MemberProblem("member.error.fileEmpty");
        }
        return new Sheet(lines.header, List.copyOf(lines.rows));
    }

    private static void csv(byte[] bytes, Lines lines) {
        String text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        // Excel's format reads a stray or unclosed quote as Excel does (lenient), so parsing itself never refuses.
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add((int) record.getRecordNumber(), record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strict UTF-8: a Windows-1258 or TCVN3 byte stops the import instead of becoming a wrong letter. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MemberProblem("member.error.fileNotUtf8");
        }
    }

    /** Excel set to Vietnamese writes ";" between cells (the comma is its decimal sign); others write ",". */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /**
     * A cell as stored: NFC, no invisible characters, one space between words. The apostrophe our export
     * puts before "=", "+", "-" or "@" (so that spreadsheets do not run the cell) is taken off again.
     */
    static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String text = Normalizer.normalize(cell, Normalizer.Form.NFC).replaceAll("[\\p{Cf}]", "")
                .replaceAll("[\\s\\p{Z}\\p{Cc}]+", " ").strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Collects rows: the first non-blank one is the header, blank ones are skipped (spreadsheets keep empty
     * formatted rows), and reading stops as soon as there are more data rows than allowed.
     */
    static final class Lines {
        private Line header;
        private final List<Line> rows = new ArrayList<>();

        void add(int number, List<String> cells) {
            Line line = new Line(number, cells.stream().map(MemberImportFile::clean).toList());
            if (line.blank()) {
                return;
            }
            if (header == null) {
                header = line;
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new MemberProblem("member.error.fileTooManyRows", MAX_ROWS);
            }
            rows.add(line);
        }
    }
}
