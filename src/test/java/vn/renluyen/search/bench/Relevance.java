package vn.renluyen.search.bench;

import java.util.List;
import java.util.function.Function;
import vn.renluyen.search.JudgedQueries;
import vn.renluyen.search.JudgedQueries.Judged;
import vn.renluyen.search.JudgedQueries.Scores;

/** The judged figures of Lucene and FULLTEXT on the corpus as it is when measured. */
record Relevance(Engine lucene, Engine fulltext) {

    static Relevance measure(List<Judged> judged, Function<String, List<String>> lucene,
            Function<String, List<String>> fulltext) {
        return new Relevance(Engine.measure(judged, lucene), Engine.measure(judged, fulltext));
    }

    void rows(BenchReport report, String corpus) {
        lucene.row(report, corpus, "Hibernate Search (Lucene)");
        fulltext.row(report, corpus, "MariaDB FULLTEXT");
    }

    /** With diacritics, without any, and old versus new tone style on the queries that have both. */
    record Engine(Scores exact, Scores ascii, Scores oldTone, Scores newTone) {

        static Engine measure(List<Judged> judged, Function<String, List<String>> engine) {
            List<Judged> withOldTone = judged.stream().filter(Judged::hasOldTone).toList();
            return new Engine(JudgedQueries.score(judged, Judged::query, engine),
                    JudgedQueries.score(judged, Judged::ascii, engine),
                    JudgedQueries.score(withOldTone, Judged::oldTone, engine),
                    JudgedQueries.score(withOldTone, Judged::query, engine));
        }

        void row(BenchReport report, String corpus, String name) {
            report.row(corpus, name, exact.mrr(), exact.ndcg(), ascii.mrr(), ascii.ndcg(),
                    BenchReport.fixed("%.3f", ascii.ndcg() / exact.ndcg()),
                    BenchReport.fixed("%.3f / %.3f", oldTone.ndcg(), newTone.ndcg()));
        }
    }
}
