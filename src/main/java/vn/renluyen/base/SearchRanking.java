package vn.renluyen.base;

/**
 * How BM25 weighs a document's length, per field, on both backends ({@link PortalSimilarity} for
 * Lucene; the similarity in search/elasticsearch-*.json for a cluster). Titles keep Lucene's
 * default. Bodies are not normalised by length: a lesson runs to thousands of syllables and a news
 * item to a few hundred, and with BM25's default (b = 0.75) a short text holding a query's
 * syllables once, scattered, outranked the lesson that holds the phrase many times (README,
 * Benchmarks: MRR@10 0.46 against MariaDB FULLTEXT's 0.75 with 10,000 short distractors). The
 * term-frequency saturation (k1) still keeps a long text from winning by repetition alone.
 */
public final class SearchRanking {

    public static final float K1 = 1.2f;
    public static final float TITLE_B = 0.75f;
    public static final float BODY_B = 0f;
    /** The similarity's name in the Elasticsearch index settings. */
    public static final String BODY_SIMILARITY = "portal_body";
    /**
     * Every body field (exact, bigram, folded, folded bigram) is named so, under {@code text.} in
     * {@link SearchText} and at the root of the staff search's working copies.
     */
    static final String BODY_FIELDS = "body";

    private SearchRanking() {
    }

    public static boolean isBodyField(String absolutePath) {
        return absolutePath.substring(absolutePath.lastIndexOf('.') + 1).startsWith(BODY_FIELDS);
    }
}
