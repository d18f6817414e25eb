package vn.renluyen.members;

import java.util.List;
import vn.renluyen.base.UserFacingProblem;

/**
 * What a member file would do, found without writing anything: each row with its problems, or the problems
 * of the whole file. The view keeps it until the user confirms; {@link MemberImport#commit} then checks the
 * same rows again inside its transaction, so the file is not read twice and nothing is trusted from before.
 */
public final class MemberImportPreview {

    /**
     * A problem of one cell, row or the whole file. {@code row} is the spreadsheet's row number (the header is
     * row 1), 0 for the file; {@code column} the header, null when it is not one column's.
     */
    public record Problem(int row, String column, String messageKey, List<Object> args) implements UserFacingProblem {

        public Problem {
            args = List.copyOf(args);
        }

        @Override
        public Object[] arguments() {
            return args.toArray();
        }

        static Problem of(int row, MemberColumn column, MemberProblem problem) {
            return new Problem(row, column == null ? null : column.header(), problem.messageKey(),
                    List.of(problem.arguments()));
        }
    }

    /** One data row as the preview shows it; status is null when the file's word was not understood. */
    public record Row(int number, String name, MemberStatus status, String organization, List<Problem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final long organizationId;
    private final String organizationName;
    private final String fileName;
    private final List<Row> rows;
    private final List<Problem> fileProblems;
    private final MemberImportFile.Sheet sheet;

    MemberImportPreview(long organizationId, String organizationName, String fileName, List<Row> rows,
            List<Problem> fileProblems, MemberImportFile.Sheet sheet) {
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.fileName = fileName;
        this.rows = List.copyOf(rows);
        this.fileProblems = List.copyOf(fileProblems);
        this.sheet = sheet;
    }

    public long organizationId() {
        return organizationId;
    }

    public String organizationName() {
        return organizationName;
    }

    public String fileName() {
        return fileName;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Problems that stop the whole file (encoding, a missing column, too many rows); then there are no rows. */
    public List<Problem> fileProblems() {
        return fileProblems;
    }

    public long validCount() {
        return rows.stream().filter(Row::valid).count();
    }

    public long invalidCount() {
        return rows.size() - validCount();
    }

    /** Every problem, file-level first, then row by row. */
    public List<Problem> problems() {
        return java.util.stream.Stream.concat(fileProblems.stream(), rows.stream().flatMap(r -> r.problems().stream()))
                .toList();
    }

    MemberImportFile.Sheet sheet() {
        return sheet;
    }
}
