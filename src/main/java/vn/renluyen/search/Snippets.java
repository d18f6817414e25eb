package vn.renluyen.search;

/**
 * Snippet sizes, and a last cut for a snippet without a match. The fast-vector highlighter reads the
 * term vectors stored with offsets and returns one fragment of about {@link #FRAGMENT_LENGTH}
 * characters, or the start of the text when the body holds none of the words (the unified one, used
 * before, could only give the whole text then, which cost a lesson's full body per hit). A snippet
 * without a mark that is still too long is cut here, at a word boundary, never inside an HTML entity.
 */
final class Snippets {

    static final int FRAGMENT_LENGTH = 200;

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
