package vn.renluyen.content;

import java.time.Instant;
import java.util.List;

/** What one import run did: counts per outcome and the problems found, file by file. */
public record ImportReport(Instant finishedAt, int created, int updated, int unchanged, int conflicts,
        List<ContentProblem> problems) {

    public long errors() {
        return problems.stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
    }
}
