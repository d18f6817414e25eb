package vn.renluyen.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.renluyen.base.SearchUnavailable;
import vn.renluyen.publishing.EditorialState;
import vn.renluyen.search.SearchQuery;
import vn.renluyen.search.StaffHit;
import vn.renluyen.search.StaffResults;
import vn.renluyen.search.StaffSearch;

/**
 * The staff tab of /tim-kiem ("Chưa xuất bản"): unpublished matches with their state, what readers see meanwhile,
 * and the title linking to the editor. Only built for users {@link StaffSearch#available()} lets in; the service
 * checks again on every call.
 */
class UnpublishedResults extends Div {

    private static final int PAGE = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final StaffSearch search;
    private final ZoneId zone;
    private String typed = "";
    private SearchQuery query;
    private int shown;

    UnpublishedResults(StaffSearch search, ZoneId zone) {
        this.search = search;
        this.zone = zone;
        addClassName("staff-results");
    }

    /** Shows the first page of matches; returns their number, or -1 when there was nothing to search. */
    long show(String typed, SearchQuery query) {
        removeAll();
        this.typed = typed;
        this.query = query;
        this.shown = 0;
        Paragraph intro = new Paragraph(getTranslation("search.staff.intro"));
        intro.addClassName("staff-intro");
        add(intro);
        return query == null || query.isEmpty() ? -1 : page();
    }

    private long page() {
        StaffResults page;
        try {
            page = search.search(query, shown, PAGE);
        } catch (SearchUnavailable unavailable) {
            add(message(getTranslation(unavailable.messageKey())));
            return -1;
        }
        if (shown == 0) {
            add(summary(page));
            if (page.total() == 0) {
                add(message(getTranslation("search.staff.none")));
                return 0;
            }
        }
        Div list = new Div();
        list.addClassName("search-results");
        page.hits().forEach(hit -> list.add(hit(hit)));
        add(list);
        shown += page.hits().size();
        if (shown < page.total()) {
            Button more = new Button(getTranslation("search.more"));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(click -> {
                remove(more);
                page();
            });
            add(more);
        }
        return page.total();
    }

    /** "Tìm thấy 3 bài chưa xuất bản cho „…”" and how many are in each state, in the workflow's order. */
    private Paragraph summary(StaffResults page) {
        String states = Stream.of(EditorialState.values()).filter(page.states()::containsKey)
                .map(state -> getTranslation(state.translationKey()) + ": " + page.states().get(state))
                .collect(Collectors.joining(" · "));
        String count = getTranslation("search.staff.count", page.total(), typed);
        Paragraph summary = new Paragraph(states.isEmpty() ? count : count + " (" + states + ")");
        summary.addClassName("search-summary");
        return summary;
    }

    /** State and kind on top (as the public hits show their type), then title, snippet, and what readers see. */
    private Div hit(StaffHit hit) {
        Span state = new Span(getTranslation(hit.state().translationKey()));
        state.addClassNames("state-pill", "state-" + hit.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Span kind = new Span(getTranslation(hit.kind().translationKey()));
        kind.addClassName("search-hit-type");
        Div top = new Div(state, kind);
        top.addClassName("staff-hit-top");
        if (hit.returned()) {
            Span returned = new Span(getTranslation("search.staff.returned"));
            returned.addClassName("status-warning");
            top.add(returned);
        }
        Anchor title = new Anchor(hit.url(), hit.title());
        title.addClassName("search-hit-title");
        Paragraph snippet = new Paragraph();
        snippet.addClassName("search-hit-snippet");
        // The snippet is escaped text in which only <mark> is markup (the highlighter's HTML encoder).
        snippet.getElement().setProperty("innerHTML", hit.snippet());
        Div facts = new Div(fact(publicVersion(hit)));
        facts.addClassName("staff-hit-facts");
        if (hit.updatedAt() != null) {
            facts.add(fact(getTranslation("search.staff.updated", TIME.format(hit.updatedAt().atZone(zone)))));
        }
        Div item = new Div(top, new H2(title), snippet, facts);
        item.addClassNames("search-hit", "staff-hit");
        return item;
    }

    /** What readers get meanwhile: nothing yet, an older published revision, or nothing any more (archived). */
    private String publicVersion(StaffHit hit) {
        if (hit.publishedRevision() == null) {
            return getTranslation("search.staff.neverPublished");
        }
        if (hit.state() == EditorialState.ARCHIVED) {
            return getTranslation("search.staff.offline");
        }
        return getTranslation("search.staff.publicRevision", hit.publishedRevision());
    }

    private static Span fact(String text) {
        Span span = new Span(text);
        span.addClassName("staff-hit-fact");
        return span;
    }

    private static Paragraph message(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("search-help");
        return p;
    }
}
