package vn.renluyen.base;

/**
 * How BM25 weighs a document's length, per field, on both backends ({@link PortalSimilarity} for
 * Lucene; the similarity in search/elasticsearch-*.json for a cluster). Titles keep Lucene's
 * default. Bodies are not normalised by length: a lesson runs to thousands of syllables and a news
 * item to a few hundred, and with BM25's default (b = 0.75) a short text holding a query's
 * syllables once, scattered, outranked the lesson that holds the phrase many times (README,
 * Benchmarks: MRR@10 0.46 against MariaDB FULLTEXT's 0.75 with 10,000 short distractors). Without
 * length normalisation only the term-frequency saturation (k1) keeps a long text from winning by
 * repetition, so it is low on bodies: with k1 = 0.4 a syllable or bigram found many times counts
 * about 1.4 times one found once (2.2 times with BM25's 1.2), and a body holding more of the query's
 * words and bigrams wins over one repeating a common syllable (MRR@10 with 100,000 distractors 0.787
 * → 0.847 with diacritics, 0.761 → 0.837 ASCII, the 17 lessons alone 0.905 → 0.908; README).
 */
public final class SearchRanking {

    public static final float K1 = 1.2f;
    public static final float TITLE_B = 0.75f;
    public static final float BODY_K1 = 0.4f;
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
