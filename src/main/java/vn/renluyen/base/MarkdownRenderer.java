package vn.renluyen.base;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Markdown written by editors or kept in content/ becomes HTML on the server, then passes an
 * allow-list: no scripts, event attributes, style, iframes or javascript: links survive. Headings
 * get stable ASCII ids for the table of contents and deep links.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addTags("hr", "figure", "figcaption")
            .addAttributes("a", "title")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .preserveRelativeLinks(true);
    /** Words per minute of careful reading of study material. */
    private static final int READING_WPM = 180;

    public Rendered render(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : Texts.nfc(markdown)));
        String clean = Jsoup.clean(html, "https://renluyen.invalid/", ALLOWED,
                new Document.OutputSettings().prettyPrint(false));
        Document document = Jsoup.parseBodyFragment(clean);
        List<Heading> headings = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Element heading : document.body().select("h2, h3")) {
            String id = Slugs.of(heading.text());
            String unique = id;
            for (int n = 2; !used.add(unique); n++) {
                unique = id + "-" + n;
            }
            heading.attr("id", unique);
            headings.add(new Heading(unique, heading.text(), heading.tagName().equals("h2") ? 2 : 3));
        }
        for (Element link : document.body().select("a[href^=http]")) {
            link.attr("rel", "noopener noreferrer nofollow");
        }
        String text = document.body().text();
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        return new Rendered(document.body().html(), List.copyOf(headings), words,
                Math.max(1, Math.round(words / (float) READING_WPM)));
    }

    /** The text a reader sees, without markup: for search and snippets. */
    public String plainText(String markdown) {
        return Jsoup.parseBodyFragment(render(markdown).html()).body().text();
    }

    /** What search indexes of an item: its summary, then its body as plain text. */
    public String searchText(String summary, String markdownBody) {
        return (summary + "\n" + plainText(markdownBody)).strip();
    }

    /** Rendered HTML, its h2/h3 outline, its word count and minutes of reading. */
    public record Rendered(String html, List<Heading> headings, int words, int readingMinutes) {
    }

    public record Heading(String id, String text, int level) {
    }
}
