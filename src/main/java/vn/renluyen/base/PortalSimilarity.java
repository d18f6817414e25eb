package vn.renluyen.base;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/** BM25 as {@link SearchRanking} sets it: on body fields no length normalisation and a low k1, Lucene's default elsewhere. */
final class PortalSimilarity extends PerFieldSimilarityWrapper {

    private final Similarity body = new BM25Similarity(SearchRanking.BODY_K1, SearchRanking.BODY_B);
    private final Similarity other = new BM25Similarity(SearchRanking.K1, SearchRanking.TITLE_B);

    @Override
    public Similarity get(String field) {
        return SearchRanking.isBodyField(field) ? body : other;
    }
}
