package vn.renluyen.base.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Writes the title, description and Open Graph tags of a page into its HTML head. */
final class OpenGraphTags {

    private OpenGraphTags() {
    }

    static void write(Document document, PageMetadata.Description page, String publicUrl, String path,
            String siteName) {
        String absoluteUrl = publicUrl + path;
        Element head = document.head();
        head.select("title").remove();
        head.appendElement("title").text(page.title() + " · " + siteName);
        meta(head, "name", "description", page.summary());
        meta(head, "property", "og:title", page.title());
        meta(head, "property", "og:description", page.summary());
        meta(head, "property", "og:type", page.type());
        meta(head, "property", "og:url", absoluteUrl);
        meta(head, "property", "og:site_name", siteName);
        meta(head, "property", "og:locale", "vi_VN");
        if (page.image() != null) {
            meta(head, "property", "og:image", publicUrl + page.image());
            meta(head, "name", "twitter:card", "summary_large_image");
        }
    }

    private static void meta(Element head, String attribute, String key, String content) {
        head.appendElement("meta").attr(attribute, key).attr("content", content == null ? "" : content);
    }
}
