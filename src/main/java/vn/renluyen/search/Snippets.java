package vn.renluyen.search;

/**
 * Keeps snippets short. Lucene's unified highlighter cannot limit the "no match" fragment: any positive
 * size gives the whole text (and a warning, HSEARCH600169, on every query unless the size is
 * {@code Integer.MAX_VALUE}), so the query asks for the whole text on every backend and a hit whose body
 * does not contain the words gets it cut here, at a word boundary, never inside an HTML entity.
 */
final class Snippets {

    /** The no-match size that gives the same fragment on Lucene and Elasticsearch, without Lucene's warning. */
    static final int WHOLE_TEXT_WHEN_NO_MATCH = Integer.MAX_VALUE;

    static final int NO_MATCH_LENGTH = 220;

    private Snippets() {
    }

    static String shorten(String snippet) {
        if (snippet == null || snippet.length() <= NO_MATCH_LENGTH || snippet.contains("<mark>")) {
            return snippet == null ? "" : snippet;
        }
        int cut = snippet.lastIndexOf(' ', NO_MATCH_LENGTH);
        if (cut <= 0) {
            cut = NO_MATCH_LENGTH;
        }
        int entity = snippet.lastIndexOf('&', cut);
        if (entity >= 0 && snippet.indexOf(';', entity) >= cut) {
            cut = entity;
        }
        return snippet.substring(0, cut).stripTrailing() + " …";
    }
}
