package vn.renluyen.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The judged set (bench/judged-queries.yml) and its metrics, MRR@10 and nDCG@10 with graded
 * relevance, shared by JudgedRelevanceIT and the search benchmark so both score the same way.
 * A lesson id is "course/slug"; an engine answers a query with lesson ids, best first.
 */
public final class JudgedQueries {

    public static final Path FILE = Path.of("bench/judged-queries.yml");
    private static final int CUTOFF = 10;

    private JudgedQueries() {
    }

    @SuppressWarnings("unchecked")
    public static List<Judged> load() throws IOException {
        try (Reader reader = Files.newBufferedReader(FILE)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return ((List<Map<String, Object>>) root.get("queries")).stream()
                    .map(q -> new Judged((String) q.get("query"), (String) q.get("ascii"), (String) q.get("old_tone"),
                            (Map<String, Integer>) q.get("relevant")))
                    .toList();
        }
    }

    /** Mean MRR@10 (first grade-2 lesson) and nDCG@10 of an engine over one variant of each query. */
    public static Scores score(List<Judged> judged, Function<Judged, String> variant,
            Function<String, List<String>> engine) {
        double mrr = 0;
        double ndcg = 0;
        for (Judged j : judged) {
            List<String> ranked = engine.apply(variant.apply(j)).stream().limit(CUTOFF).toList();
            mrr += reciprocalRank(j, ranked);
            ndcg += ndcg(j, ranked);
        }
        return new Scores(mrr / judged.size(), ndcg / judged.size());
    }

    private static double reciprocalRank(Judged j, List<String> ranked) {
        for (int i = 0; i < ranked.size(); i++) {
            if (j.relevant().getOrDefault(ranked.get(i), 0) == 2) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double ndcg(Judged j, List<String> ranked) {
        double dcg = 0;
        for (int i = 0; i < ranked.size(); i++) {
            dcg += gain(j.relevant().getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = j.relevant().values().stream().sorted((a, b) -> b - a).limit(CUTOFF).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** A judged query: as typed with diacritics, without any, in the old tone style (or null), and its grades. */
    public record Judged(String query, String ascii, String oldTone, Map<String, Integer> relevant) {

        public boolean hasOldTone() {
            return oldTone != null;
        }
    }

    public record Scores(double mrr, double ndcg) {
    }
}
