package vn.renluyen.news;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.renluyen.publishing.RenderedRevisions;
import vn.renluyen.base.PortalProperties;
import vn.renluyen.news.NewsCatalog.ArticleCard;

/**
 * Atom feeds of the published news, all and per category, with absolute links from
 * portal.public-url. Anonymous; an unknown category is 404 problem+json.
 */
@RestController
class NewsFeed {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 30;

    private final NewsCatalog catalog;
    private final RenderedRevisions rendered;
    private final String publicUrl;
    private final ZoneId zone;

    NewsFeed(NewsCatalog catalog, RenderedRevisions rendered, PortalProperties properties) {
        this.catalog = catalog;
        this.rendered = rendered;
        this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
        this.zone = properties.timeZone();
    }

    @GetMapping("/feed/news.atom")
    ResponseEntity<?> all() {
        return feed("Tin tức · RènLuyện", "/feed/news.atom", "/tin-tuc", catalog.latest(null, 0, ENTRIES));
    }

    @GetMapping("/feed/news/{category}.atom")
    ResponseEntity<?> category(@PathVariable String category) {
        return catalog.category(category)
                .<ResponseEntity<?>>map(c -> feed(c.getName() + " · Tin tức · RènLuyện",
                        "/feed/news/" + c.getSlug() + ".atom", "/tin-tuc?chuyen-muc=" + c.getSlug(),
                        catalog.latest(c.getSlug(), 0, ENTRIES)))
                .orElseGet(NewsFeed::unknownCategory);
    }

    private ResponseEntity<?> feed(String title, String selfPath, String pagePath, List<ArticleCard> cards) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(publicUrl + selfPath);
        feed.setTitle(title);
        feed.setLanguage("vi");
        feed.setOtherLinks(List.of(link("self", publicUrl + selfPath, ATOM.toString())));
        feed.setAlternateLinks(List.of(link("alternate", publicUrl + pagePath, "text/html")));
        Person portal = new Person();
        portal.setName("RènLuyện");
        portal.setUri(publicUrl + "/");
        feed.setAuthors(List.of(portal));
        feed.setEntries(cards.stream().map(this::entry).toList());
        feed.setUpdated(cards.isEmpty() ? new Date(0) : cards.stream().map(this::date).max(Date::compareTo).get());
        try {
            return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)))
                    .body(new WireFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the news feed", e);
        }
    }

    private Entry entry(ArticleCard card) {
        String url = publicUrl + "/tin-tuc/" + card.article().getSlug();
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(card.title());
        entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
        entry.setPublished(date(card));
        entry.setUpdated(date(card));
        if (!card.article().getAuthor().isBlank()) {
            Person author = new Person();
            author.setName(card.article().getAuthor());
            entry.setAuthors(List.of(author));
        }
        if (card.article().getCategorySlug() != null) {
            Category category = new Category();
            category.setTerm(card.article().getCategorySlug());
            category.setLabel(card.categoryName());
            entry.setCategories(List.of(category));
        }
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(card.summary());
        entry.setSummary(summary);
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(rendered.of(card.revision()).html());
        entry.setContents(List.of(content));
        return entry;
    }

    private Date date(ArticleCard card) {
        return card.article().getPublishedOn() == null ? new Date(0)
                : Date.from(card.article().getPublishedOn().atStartOfDay(zone).toInstant());
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static ResponseEntity<ProblemDetail> unknownCategory() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Không có chuyên mục tin này.");
        problem.setTitle("Không tìm thấy");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
