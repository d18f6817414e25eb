package vn.renluyen.search.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.renluyen.search.JudgedQueries.Judged;

/**
 * Query by query, where an engine put the best lesson (grade 2) and what it ranked above it: the
 * figures behind MRR@10, for tuning the ranking by reading its failures rather than its average.
 */
final class Misses {

    private static final int SHOWN_ABOVE = 3;

    private Misses() {
    }

    /** Writes one section per engine: every variant whose best lesson is not first, with the hits above it. */
    static void write(BenchReport report, String engine, List<Judged> judged, Function<Judged, String> variant,
            Function<String, List<String>> answers, Map<String, String> titles) {
        report.heading("Not first: " + engine)
                .table("query", "rank of the best lesson", "ranked above it");
        int missed = 0;
        for (Judged j : judged) {
            String query = variant.apply(j);
            List<String> ranked = answers.apply(query);
            int best = -1;
            for (int i = 0; i < ranked.size() && best < 0; i++) {
                if (j.relevant().getOrDefault(ranked.get(i), 0) == 2) {
                    best = i;
                }
            }
            if (best == 0) {
                continue;
            }
            missed++;
            List<String> above = ranked.subList(0, best < 0 ? Math.min(SHOWN_ABOVE, ranked.size()) : Math.min(best, SHOWN_ABOVE));
            report.row(query, best < 0 ? "not in top 10" : best + 1, String.join("; ", above.stream()
                    .map(id -> label(id, j, titles)).toList()));
        }
        report.line("%n%d of %d not first.", missed, judged.size());
    }

    private static String label(String id, Judged j, Map<String, String> titles) {
        int grade = j.relevant().getOrDefault(id, 0);
        String title = titles.getOrDefault(id, id);
        return (grade > 0 ? "(" + grade + ") " : "") + title.replace("|", "/");
    }
}
