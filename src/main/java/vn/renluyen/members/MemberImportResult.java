package vn.renluyen.members;

import java.util.List;

/**
 * What a confirmed import did: how many records were written, the confirmed rows that were no longer valid
 * when written (a card number recorded meanwhile, say), and problems that stopped the whole file.
 */
public record MemberImportResult(int written, List<MemberImportPreview.Row> notWritten,
        List<MemberImportPreview.Problem> fileProblems) {

    public MemberImportResult {
        notWritten = List.copyOf(notWritten);
        fileProblems = List.copyOf(fileProblems);
    }
}
