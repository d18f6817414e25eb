package vn.renluyen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.SearchIndex;

/**
 * Relevance on the judged set (bench/judged-queries.yml) over the real lessons: MRR@10 and nDCG@10
 * with diacritics, without any diacritic, and in the old tone style. Guards against ranking
 * regressions; the benchmark command reports the same figures next to MariaDB's.
 */
@PortalIntegrationTest
class JudgedRelevanceIT {

    @Autowired
    SearchService search;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void judgedQueriesFindTheRightLessonsWithAndWithoutDiacritics() throws IOException {
        SearchIndex.awaitOutboxEmpty(jdbc);
        List<Judged> judged = load();
        Scores exact = score(judged, Judged::query);
        Scores ascii = score(judged, Judged::ascii);
        Scores oldTone = score(judged.stream().filter(j -> j.oldTone() != null).toList(), Judged::oldTone);
        Scores newToneOfThose = score(judged.stream().filter(j -> j.oldTone() != null).toList(), Judged::query);
        System.out.printf("Judged relevance (%d queries): diacritics MRR@10 %.3f nDCG@10 %.3f; ASCII MRR@10 %.3f "
                + "nDCG@10 %.3f (%.2f of diacritics); old tone nDCG@10 %.3f vs new %.3f%n", judged.size(), exact.mrr(),
                exact.ndcg(), ascii.mrr(), ascii.ndcg(), ascii.ndcg() / exact.ndcg(), oldTone.ndcg(), newToneOfThose.ndcg());
        assertThat(exact.mrr()).isGreaterThan(0.8);
        assertThat(ascii.ndcg()).isGreaterThanOrEqualTo(0.95 * exact.ndcg());
        assertThat(oldTone.ndcg()).isEqualTo(newToneOfThose.ndcg());
    }

    private Scores score(List<Judged> judged, Function<Judged, String> variant) {
        double mrr = 0;
        double ndcg = 0;
        for (Judged j : judged) {
            List<String> ranked = search.search(SearchQuery.of(variant.apply(j)), Set.of("module"), null, 0, 10).hits()
                    .stream().map(h -> h.url().replaceFirst("^/khoa-hoc/", "")).toList();
            for (int i = 0; i < ranked.size(); i++) {
                if (j.relevant().getOrDefault(ranked.get(i), 0) == 2) {
                    mrr += 1.0 / (i + 1);
                    break;
                }
            }
            double dcg = 0;
            for (int i = 0; i < ranked.size(); i++) {
                dcg += (Math.pow(2, j.relevant().getOrDefault(ranked.get(i), 0)) - 1) / log2(i + 2);
            }
            List<Integer> ideal = j.relevant().values().stream().sorted((a, b) -> b - a).limit(10).toList();
            double idcg = 0;
            for (int i = 0; i < ideal.size(); i++) {
                idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
            }
            ndcg += idcg == 0 ? 0 : dcg / idcg;
        }
        return new Scores(mrr / judged.size(), ndcg / judged.size());
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @SuppressWarnings("unchecked")
    private static List<Judged> load() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("bench/judged-queries.yml"))) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return ((List<Map<String, Object>>) root.get("queries")).stream()
                    .map(q -> new Judged((String) q.get("query"), (String) q.get("ascii"), (String) q.get("old_tone"),
                            (Map<String, Integer>) q.get("relevant")))
                    .toList();
        }
    }

    record Judged(String query, String ascii, String oldTone, Map<String, Integer> relevant) {
    }

    record Scores(double mrr, double ndcg) {
    }
}
