package vn.renluyen.search;

/**
 * Keeps snippets short. Lucene's unified highlighter ignores the "no match" size (HSEARCH600169), so a
 * hit whose body does not contain the words would carry its whole text; such a snippet is cut at a word
 * boundary, never inside an HTML entity of the escaped text.
 */
final class Snippets {

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
