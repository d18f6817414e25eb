package vn.renluyen.search;

import java.util.List;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;

/**
 * What a hit shows under its title: the highlighter's best fragment of about {@link #FRAGMENT_LENGTH} characters,
 * or, when the body holds none of the words (a match by the title alone), the start of the body. Either way escaped
 * HTML in which only {@code <mark>} is markup. The start is made here, not by the highlighter: the plain
 * highlighter would hand it back unescaped.
 */
final class Snippets {

    static final int FRAGMENT_LENGTH = 200;

    static final int NO_MATCH_LENGTH = 220;

    private Snippets() {
    }

    /** The first highlighted fragment, else the start of {@code body}. */
    static String of(List<String> highlights, String body) {
        if (highlights != null && !highlights.isEmpty() && !highlights.getFirst().isBlank()) {
            return highlights.getFirst().strip(); // a fragment may start with the space before its first word
        }
        return lead(body);
    }

    /** The body's first {@link #NO_MATCH_LENGTH} characters or fewer, cut at a word, escaped. */
    static String lead(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        if (text.length() <= NO_MATCH_LENGTH) {
            return SimpleHTMLEncoder.htmlEncode(text);
        }
        int cut = text.lastIndexOf(' ', NO_MATCH_LENGTH);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(text.charAt(NO_MATCH_LENGTH - 1)) ? NO_MATCH_LENGTH - 1 : NO_MATCH_LENGTH;
        }
        return SimpleHTMLEncoder.htmlEncode(text.substring(0, cut).stripTrailing()) + " …";
    }
}
